package com.wuyebot.bot.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the dashboard covers: days {@code from} to {@code to}, both included, in the company's
 * zone, and one community or all ({@code community} null).
 */
public record DashboardRange(String community, LocalDate from, LocalDate to, ZoneId zone) {

  public DashboardRange {
    if (from.isAfter(to)) {
      throw new InvalidDashboardRangeException("开始日期不能晚于结束日期。");
    }
    community = community == null || community.isBlank() ? null : community.strip();
  }

  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** Exclusive. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public List<LocalDate> days() {
    return Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).toList();
  }

  long length() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }
}
