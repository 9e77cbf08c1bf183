package com.wuyebot.bot.escalation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When agents answer: the same hours every day except the days off, e.g. {@code 08:00-20:00} or
 * {@code 08:00-12:00,13:00-20:00}; {@code 00:00-24:00} is round the clock. Public holidays are
 * ignored on purpose: a property service desk is staffed on them (unlike the office hours SLAs count).
 */
final class AgentHours {

  private static final Pattern RANGE = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
  private static final String MIDNIGHT = "24:00";

  /** @param end null for midnight at the end of the day */
  record Period(LocalTime start, LocalTime end) {

    boolean contains(LocalTime time) {
      return !time.isBefore(start) && (end == null || time.isBefore(end));
    }
  }

  private final List<Period> periods;
  private final Set<DayOfWeek> daysOff;
  private final ZoneId zone;

  AgentHours(List<Period> periods, Set<DayOfWeek> daysOff, ZoneId zone) {
    if (daysOff.size() >= DayOfWeek.values().length) {
      throw new IllegalArgumentException("bot.escalation.agent-days-off leaves no day with agents");
    }
    this.periods = List.copyOf(periods);
    this.daysOff = Set.copyOf(daysOff);
    this.zone = zone;
  }

  static AgentHours of(EscalationProperties properties, ZoneId zone) {
    return new AgentHours(parse(properties.agentHours()), properties.agentDaysOff(), zone);
  }

  static List<Period> parse(String hours) {
    List<Period> periods = new ArrayList<>();
    for (String range : hours.split(",")) {
      Matcher matcher = RANGE.matcher(range.strip());
      if (!matcher.matches()) {
        throw new IllegalArgumentException("Expected agent hours such as 08:00-20:00, got: " + hours);
      }
      LocalTime start = LocalTime.parse(matcher.group(1));
      LocalTime end = MIDNIGHT.equals(matcher.group(2)) ? null : LocalTime.parse(matcher.group(2));
      if (end != null && !end.isAfter(start)) {
        throw new IllegalArgumentException("Agent hours end before they start: " + range);
      }
      periods.add(new Period(start, end));
    }
    return periods;
  }

  boolean isOpen(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    return !daysOff.contains(local.getDayOfWeek())
        && periods.stream().anyMatch(period -> period.contains(local.toLocalTime()));
  }

  /** The next time agents start answering after {@code at}. */
  ZonedDateTime nextOpening(Instant at) {
    LocalDate date = at.atZone(zone).toLocalDate();
    for (int i = 0; i < 8; i++, date = date.plusDays(1)) {
      if (daysOff.contains(date.getDayOfWeek())) {
        continue;
      }
      for (Period period : periods) {
        ZonedDateTime start = date.atTime(period.start()).atZone(zone);
        if (start.toInstant().isAfter(at)) {
          return start;
        }
      }
    }
    throw new IllegalStateException("No agent hours within a week");
  }

  ZoneId zone() {
    return zone;
  }
}
