package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource({"22:00, true", "23:59, true", "03:00, true", "06:59, true", "07:00, false", "12:00, false", "21:59, false"})
  void quietAcrossMidnight(LocalTime time, boolean quiet) {
    QuietHours hours = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), BEIJING);
    assertThat(hours.contains(ZonedDateTime.of(2026, 12, 1, time.getHour(), time.getMinute(), 0, 0, BEIJING).toInstant()))
        .isEqualTo(quiet);
  }

  @ParameterizedTest
  @CsvSource({"12:30, true", "11:59, false", "14:00, false"})
  void quietAtNoon(LocalTime time, boolean quiet) {
    QuietHours hours = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), BEIJING);
    assertThat(hours.contains(ZonedDateTime.of(2026, 12, 1, time.getHour(), time.getMinute(), 0, 0, BEIJING).toInstant()))
        .isEqualTo(quiet);
  }
}
