package com.wuyebot.bot.ticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Working days and hours of the company in its zone: Monday to Friday unless a public holiday,
 * Saturday and Sunday only when they are make-up working days (调休). Dates the exceptions do not
 * name follow the weekly rule, which is also what a year without a published arrangement gets.
 */
public final class BusinessCalendar {

  /** Far more than any target; stops a calendar with no working day at all from looping forever. */
  private static final int MAX_DAYS = 3660;

  private final ZoneId zone;
  private final WorkingHours hours;
  private final Map<LocalDate, DayKind> exceptions;

  public BusinessCalendar(ZoneId zone, WorkingHours hours, Map<LocalDate, DayKind> exceptions) {
    this.zone = zone;
    this.hours = hours;
    this.exceptions = Map.copyOf(exceptions);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayKind kind = exceptions.get(date);
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The instant when {@code amount} of working time has passed after {@code start}. Time outside
   * working hours does not count; a target that ends exactly at closing time is due then, not at
   * the next opening.
   */
  public Instant plusBusinessTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Cannot add negative business time: " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    Duration remaining = amount;
    LocalDate date = start.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Period period : hours.periods()) {
        Instant periodStart = date.atTime(period.start()).atZone(zone).toInstant();
        Instant periodEnd = date.atTime(period.end()).atZone(zone).toInstant();
        if (!periodEnd.isAfter(start)) {
          continue;
        }
        Instant from = periodStart.isBefore(start) ? start : periodStart;
        Duration available = Duration.between(from, periodEnd);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new IllegalStateException("No working time within " + MAX_DAYS + " days after " + start);
  }

  /** Working time between two instants; zero when {@code end} is not after {@code start}. */
  public Duration businessTimeBetween(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = end.atZone(zone).toLocalDate();
    for (LocalDate date = start.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Period period : hours.periods()) {
        Instant periodStart = date.atTime(period.start()).atZone(zone).toInstant();
        Instant periodEnd = date.atTime(period.end()).atZone(zone).toInstant();
        Instant from = periodStart.isBefore(start) ? start : periodStart;
        Instant to = periodEnd.isAfter(end) ? end : periodEnd;
        if (to.isAfter(from)) {
          total = total.plus(Duration.between(from, to));
        }
      }
    }
    return total;
  }

  public ZoneId zone() {
    return zone;
  }

  public WorkingHours hours() {
    return hours;
  }
}
