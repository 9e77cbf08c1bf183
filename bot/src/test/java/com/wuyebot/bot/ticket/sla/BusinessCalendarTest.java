package com.wuyebot.bot.ticket.sla;

import static com.wuyebot.bot.ticket.sla.SlaTestData.at;
import static com.wuyebot.bot.ticket.sla.SlaTestData.local;
import static com.wuyebot.bot.ticket.sla.SlaTestData.seededCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  private final BusinessCalendar calendar = seededCalendar();

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-26 | true  | ordinary Thursday
      2026-11-28 | false | ordinary Saturday
      2026-11-29 | false | ordinary Sunday
      2025-01-01 | false | 元旦 2025 on a Wednesday, no make-up day
      2025-01-26 | true  | 春节 2025 make-up Sunday
      2025-01-28 | false | 除夕 2025
      2025-02-04 | false | 正月初七 2025, a Tuesday
      2025-02-05 | true  | first day back after 春节 2025
      2025-02-08 | true  | 春节 2025 make-up Saturday
      2025-04-27 | true  | 劳动节 2025 make-up Sunday
      2025-05-05 | false | 劳动节 2025 Monday
      2025-06-02 | false | 端午 2025 Monday
      2025-09-28 | true  | 国庆 2025 make-up Sunday
      2025-10-08 | false | 国庆中秋 2025 eighth day, a Wednesday
      2025-10-11 | true  | 国庆 2025 make-up Saturday
      2026-01-02 | false | 元旦 2026 Friday
      2026-01-04 | true  | 元旦 2026 make-up Sunday
      2026-02-14 | true  | 春节 2026 make-up Saturday
      2026-02-16 | false | 除夕 2026
      2026-02-23 | false | 正月初七 2026, a Monday
      2026-02-24 | true  | first day back after 春节 2026
      2026-02-28 | true  | 春节 2026 make-up Saturday
      2026-04-06 | false | 清明 2026 Monday
      2026-05-05 | false | 劳动节 2026 Tuesday
      2026-05-09 | true  | 劳动节 2026 make-up Saturday
      2026-06-19 | false | 端午 2026 Friday
      2026-09-20 | true  | 国庆 2026 make-up Sunday
      2026-09-25 | false | 中秋 2026 Friday
      2026-10-07 | false | 国庆 2026 Wednesday
      2026-10-08 | true  | first day back after 国庆 2026
      2026-10-10 | true  | 国庆 2026 make-up Saturday
      2027-01-01 | true  | 2027 not yet published: weekly rule only
      """)
  void knowsHolidaysAndMakeUpDays(LocalDate date, boolean working, String why) {
    assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} min = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-26 10:00 |   60 | 2026-11-26 11:00 | within the day
      2026-11-26 17:00 |   30 | 2026-11-26 17:30 | ends exactly at closing time
      2026-11-26 17:00 |   60 | 2026-11-27 09:00 | overnight
      2026-11-26 20:00 |   60 | 2026-11-27 09:30 | opened after hours
      2026-11-26 06:00 |   60 | 2026-11-26 09:30 | opened before opening time
      2026-11-27 17:00 |   60 | 2026-11-30 09:00 | over a weekend
      2026-11-28 10:00 |   60 | 2026-11-30 09:30 | opened on a Saturday
      2026-11-26 10:00 | 1620 | 2026-12-01 10:00 | three business days
      2026-09-30 17:00 |   60 | 2026-10-08 09:00 | over 国庆 2026
      2026-10-09 17:00 |   60 | 2026-10-10 09:00 | into the 调休 Saturday after 国庆
      2026-09-18 17:00 |   60 | 2026-09-20 09:00 | into the 调休 Sunday before 国庆
      2026-09-24 17:00 |   60 | 2026-09-28 09:00 | over 中秋 2026
      2026-02-13 17:00 |   60 | 2026-02-14 09:00 | into the 调休 Saturday before 春节
      2026-02-14 17:00 |   60 | 2026-02-24 09:00 | over 春节 2026, nine days
      2026-04-30 16:00 |  540 | 2026-05-06 16:00 | over 劳动节 2026
      2025-01-27 17:00 |   60 | 2025-02-05 09:00 | over 春节 2025
      2025-09-30 17:00 |   60 | 2025-10-09 09:00 | over 国庆中秋 2025, eight days
      """)
  void addsBusinessTimeSkippingNightsWeekendsAndHolidays(String start, int minutes, String due, String why) {
    Instant from = at(start);
    Instant result = calendar.plusBusinessTime(from, Duration.ofMinutes(minutes));

    assertThat(local(result)).as(why).isEqualTo(due);
    assertThat(calendar.businessTimeBetween(from, result)).as("counting back").isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest(name = "{0} + {1} min = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-26 11:30 |  60 | 2026-11-26 13:30 | across the lunch break
      2026-11-26 12:15 |  30 | 2026-11-26 13:30 | opened during lunch
      2026-11-26 08:30 | 480 | 2026-11-26 17:30 | a whole day is eight hours
      2026-11-26 17:00 |  60 | 2026-11-27 09:00 | overnight
      """)
  void skipsTheLunchBreakWhenThereIsOne(String start, int minutes, String due, String why) {
    BusinessCalendar withLunch = seededCalendar("08:30-17:30", "12:00-13:00");

    assertThat(local(withLunch.plusBusinessTime(at(start), Duration.ofMinutes(minutes)))).as(why).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} to {1}: {2} min")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-26 17:00 | 2026-11-30 09:00 |  600
      2026-09-30 08:30 | 2026-10-09 08:30 | 1080
      2026-11-26 10:00 | 2026-11-26 10:00 |    0
      2026-11-27 10:00 | 2026-11-26 10:00 |    0
      2026-11-28 08:00 | 2026-11-29 20:00 |    0
      """)
  void countsBusinessTimeBetweenTwoInstants(String start, String end, int minutes) {
    assertThat(calendar.businessTimeBetween(at(start), at(end))).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void addingNothingIsTheStartEvenAtNight() {
    assertThat(calendar.plusBusinessTime(at("2026-11-26 23:00"), Duration.ZERO)).isEqualTo(at("2026-11-26 23:00"));
  }

  @Test
  void refusesACalendarWithoutAnyWorkingTimeInsteadOfLooping() {
    Map<LocalDate, DayKind> none = new java.util.HashMap<>();
    for (LocalDate d = LocalDate.of(2026, 11, 26); d.isBefore(LocalDate.of(2037, 1, 1)); d = d.plusDays(1)) {
      none.put(d, DayKind.HOLIDAY);
    }
    BusinessCalendar closed = new BusinessCalendar(SlaTestData.SHANGHAI, WorkingHours.of("08:30-17:30", ""), none);

    assertThatThrownBy(() -> closed.plusBusinessTime(at("2026-11-26 10:00"), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void seedsBothYearsOfTheStateCouncilNotices() {
    Map<LocalDate, DayKind> days = SlaTestData.seededDays();

    assertThat(days.values().stream().filter(DayKind.HOLIDAY::equals).count()).isEqualTo(28 + 33);
    assertThat(days.values().stream().filter(DayKind.WORKDAY::equals).count()).isEqualTo(5 + 6);
  }

  @Test
  void refusesALunchBreakOutsideTheWorkingHours() {
    assertThatThrownBy(() -> WorkingHours.of("08:30-17:30", "07:00-09:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingHours.of("8:30 to 17:30", "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(WorkingHours.of("08:30-17:30", "12:00-13:30").perDay()).isEqualTo(Duration.ofMinutes(450));
  }
}
