package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Visit times as residents say them, said on Thursday 26 November 2026 at 10:00 in Beijing. */
class AppointmentTimesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant SAID_AT = LocalDateTime.parse("2026-11-26T10:00").atZone(SHANGHAI).toInstant();
  private final AppointmentTimes times = new AppointmentTimes(SHANGHAI);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "明天上午十点, 2026-11-27T10:00",
      "明天上午10点, 2026-11-27T10:00",
      "明天下午3点, 2026-11-27T15:00",
      "明天下午三点半, 2026-11-27T15:30",
      "今天下午两点, 2026-11-26T14:00",
      "今晚7点, 2026-11-26T19:00",
      "明晚八点, 2026-11-27T20:00",
      "后天9点, 2026-11-28T09:00",
      "大后天上午9:30, 2026-11-29T09:30",
      "下午4点, 2026-11-26T16:00",
      "3点, 2026-11-26T15:00",
      // already past today, no day said: tomorrow
      "9点, 2026-11-27T09:00",
      "周六上午十点, 2026-11-28T10:00",
      "星期一下午2点, 2026-11-30T14:00",
      "下周四上午9点, 2026-12-03T09:00",
      "周四下午5点, 2026-11-26T17:00",
      "12月1日上午10点, 2026-12-01T10:00",
      "28号下午3点, 2026-11-28T15:00",
      "明天中午12点, 2026-11-27T12:00",
      "明天上午十点二十, 2026-11-27T10:20",
      "明天下午3点15分, 2026-11-27T15:15",
      "明天10点左右, 2026-11-27T10:00"})
  void readsTimesWithAnHour(String said, LocalDateTime expected) {
    assertThat(times.read(said, SAID_AT)).contains(expected.atZone(SHANGHAI).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"明天上午", "随时", "周末", "尽快", "都可以", "下午", "", "明天25点", "2月30日10点"})
  void withoutAnHourThereIsNothingToRemindOf(String said) {
    assertThat(times.read(said, SAID_AT)).isEmpty();
  }
}
