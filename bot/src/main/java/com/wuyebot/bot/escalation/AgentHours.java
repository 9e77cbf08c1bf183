package com.wuyebot.bot.escalation;

import com.wuyebot.bot.ticket.sla.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When agents answer: the same hours every day except the days off. Public holidays are ignored on
 * purpose: a property service desk is staffed on them (unlike the office hours SLAs count).
 */
final class AgentHours {

  private final WorkingHours hours;
  private final Set<DayOfWeek> daysOff;
  private final ZoneId zone;

  AgentHours(WorkingHours hours, Set<DayOfWeek> daysOff, ZoneId zone) {
    if (daysOff.size() >= DayOfWeek.values().length) {
      throw new IllegalArgumentException("bot.escalation.agent-days-off leaves no day with agents");
    }
    this.hours = hours;
    this.daysOff = Set.copyOf(daysOff);
    this.zone = zone;
  }

  static AgentHours of(EscalationProperties properties, ZoneId zone) {
    return new AgentHours(WorkingHours.of(properties.agentHours(), null), properties.agentDaysOff(), zone);
  }

  boolean isOpen(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    if (daysOff.contains(local.getDayOfWeek())) {
      return false;
    }
    return hours.periods().stream().anyMatch(period ->
        !local.toLocalTime().isBefore(period.start()) && local.toLocalTime().isBefore(period.end()));
  }

  /** The next time agents start answering, strictly after {@code at} when they do not answer at {@code at}. */
  ZonedDateTime nextOpening(Instant at) {
    LocalDate date = at.atZone(zone).toLocalDate();
    for (int i = 0; i < 8; i++, date = date.plusDays(1)) {
      if (daysOff.contains(date.getDayOfWeek())) {
        continue;
      }
      for (WorkingHours.Period period : hours.periods()) {
        ZonedDateTime start = date.atTime(period.start()).atZone(zone);
        if (start.toInstant().isAfter(at)) {
          return start;
        }
      }
    }
    throw new IllegalStateException("No opening within a week");
  }

  ZoneId zone() {
    return zone;
  }
}
