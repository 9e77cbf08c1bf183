package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When surveys and reminders go out: after the delay, never in the quiet hours of the night (Beijing time). */
class SurveyTimingTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final SurveyTiming timing = new SurveyTiming(Duration.ofHours(2), Duration.ofHours(24), LocalTime.of(21, 0),
      LocalTime.of(8, 0), SHANGHAI);

  @ParameterizedTest(name = "resolved {0} → asked {1}")
  @CsvSource({
      // an afternoon resolution is asked two hours later the same day
      "2026-11-26T14:00, 2026-11-26T16:00",
      // the last minute before the quiet hours
      "2026-11-26T18:59, 2026-11-26T20:59",
      // falls on the start of the quiet hours: next morning at eight
      "2026-11-26T19:00, 2026-11-27T08:00",
      "2026-11-26T22:30, 2026-11-27T08:00",
      // over midnight and over the end of a month and a year
      "2026-11-30T23:10, 2026-12-01T08:00",
      "2026-12-31T20:00, 2027-01-01T08:00",
      // after midnight but before eight: the same morning
      "2026-11-27T01:00, 2026-11-27T08:00",
      // falls exactly on the end of the quiet hours
      "2026-11-27T06:00, 2026-11-27T08:00",
      "2026-11-27T06:01, 2026-11-27T08:01"})
  void asksAfterTheDelayOutsideQuietHours(LocalDateTime resolved, LocalDateTime expected) {
    assertThat(timing.askAt(resolved.atZone(SHANGHAI).toInstant())).isEqualTo(expected.atZone(SHANGHAI).toInstant());
  }

  @Test
  void quietHoursAreThoseOfBeijingEvenWhenTheServerRunsOnUtc() {
    // 13:30 UTC is 21:30 in Beijing: quiet, so 08:00 Beijing = 00:00 UTC next day
    Instant resolved = Instant.parse("2026-11-26T11:30:00Z");
    assertThat(timing.askAt(resolved)).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
  }

  @Test
  void remindsADayLaterAndAlsoOutsideQuietHours() {
    Instant askedAtNoon = LocalDateTime.parse("2026-11-26T12:00").atZone(SHANGHAI).toInstant();
    assertThat(timing.remindAt(askedAtNoon)).contains(LocalDateTime.parse("2026-11-27T12:00").atZone(SHANGHAI).toInstant());

    SurveyTiming afterThreeHours = new SurveyTiming(Duration.ofHours(2), Duration.ofHours(3), LocalTime.of(21, 0),
        LocalTime.of(8, 0), SHANGHAI);
    Instant askedInTheEvening = LocalDateTime.parse("2026-11-26T20:30").atZone(SHANGHAI).toInstant();
    assertThat(afterThreeHours.remindAt(askedInTheEvening))
        .contains(LocalDateTime.parse("2026-11-27T08:00").atZone(SHANGHAI).toInstant());
  }

  @Test
  void noReminderWhenSwitchedOff() {
    SurveyTiming noReminder = new SurveyTiming(Duration.ofHours(2), Duration.ZERO, LocalTime.of(21, 0), LocalTime.of(8, 0), SHANGHAI);
    assertThat(noReminder.remindAt(Instant.parse("2026-11-26T04:00:00Z"))).isEmpty();
  }

  @Test
  void equalBoundsMeanNoQuietHours() {
    SurveyTiming always = new SurveyTiming(Duration.ZERO, Duration.ZERO, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, SHANGHAI);
    Instant night = LocalDateTime.parse("2026-11-26T23:30").atZone(SHANGHAI).toInstant();
    assertThat(always.askAt(night)).isEqualTo(night);
  }

  @Test
  void quietHoursWithinOneDayAreSupportedToo() {
    // a company that wants no messages over lunch, 12:00-13:30
    SurveyTiming lunch = new SurveyTiming(Duration.ZERO, Duration.ZERO, LocalTime.of(12, 0), LocalTime.of(13, 30), SHANGHAI);
    Instant noon = LocalDateTime.parse("2026-11-26T12:15").atZone(SHANGHAI).toInstant();
    Instant evening = LocalDateTime.parse("2026-11-26T23:15").atZone(SHANGHAI).toInstant();
    assertThat(lunch.askAt(noon)).isEqualTo(LocalDateTime.parse("2026-11-26T13:30").atZone(SHANGHAI).toInstant());
    assertThat(lunch.askAt(evening)).isEqualTo(evening);
  }
}
