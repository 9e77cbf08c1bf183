package com.wuyebot.bot.ticket.sla;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.wuyebot.bot.ticket.TicketPriority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar and targets exactly as the migration seeds them, and Shanghai wall-clock times. */
final class SlaTestData {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern SEED_ROW = Pattern.compile("\\(DATE '(\\d{4}-\\d\\d-\\d\\d)', '(WORKDAY|HOLIDAY)', '[^']+'\\)");

  private SlaTestData() {
  }

  /** Wall-clock time in the company's zone, e.g. {@code 2026-11-26 10:00}. */
  static Instant at(String local) {
    return LocalDateTime.parse(local, LOCAL).atZone(SHANGHAI).toInstant();
  }

  static String local(Instant instant) {
    return LOCAL.format(instant.atZone(SHANGHAI));
  }

  /** The exceptions as V5__sla.sql inserts them, so the tests check the shipped data. */
  static Map<LocalDate, DayKind> seededDays() {
    try (InputStream in = SlaTestData.class.getResourceAsStream("/db/migration/V5__sla.sql")) {
      String sql = new String(in.readAllBytes(), UTF_8);
      Map<LocalDate, DayKind> days = new HashMap<>();
      Matcher matcher = SEED_ROW.matcher(sql);
      while (matcher.find()) {
        days.put(LocalDate.parse(matcher.group(1)), DayKind.valueOf(matcher.group(2)));
      }
      return days;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BusinessCalendar seededCalendar(String hours, String lunchBreak) {
    return new BusinessCalendar(SHANGHAI, WorkingHours.of(hours, lunchBreak), seededDays());
  }

  static BusinessCalendar seededCalendar() {
    return seededCalendar("08:30-17:30", "");
  }

  /** The seeded defaults: urgent 30 min / 4 h around the clock, high 1 h / 9 h and normal 2 h / 27 h of business time. */
  static SlaTargets defaultTargets() {
    return new SlaTargets(List.of(
        target(SlaTarget.ANY_CATEGORY, TicketPriority.URGENT, 30, 240, TimeBasis.CALENDAR),
        target(SlaTarget.ANY_CATEGORY, TicketPriority.HIGH, 60, 540, TimeBasis.BUSINESS),
        target(SlaTarget.ANY_CATEGORY, TicketPriority.NORMAL, 120, 1620, TimeBasis.BUSINESS)));
  }

  static SlaTarget target(String category, TicketPriority priority, int responseMinutes, int resolutionMinutes, TimeBasis basis) {
    return new SlaTarget(category, priority, Duration.ofMinutes(responseMinutes), Duration.ofMinutes(resolutionMinutes), basis);
  }
}
