package com.wuyebot.bot.ticket;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Reads a member's roster entries: is the member on duty at a local time? */
final class Roster {

  private Roster() {
  }

  static boolean onDuty(List<RosterEntry> entriesOfOneMember, LocalDateTime at) {
    LocalDate today = at.toLocalDate();
    return effective(entriesOfOneMember, today).stream().anyMatch(e -> e.shift().coversSameDay(at.toLocalTime()))
        || effective(entriesOfOneMember, today.minusDays(1)).stream().anyMatch(e -> e.shift().coversNextMorning(at.toLocalTime()));
  }

  /** The dated entries of a day replace the weekly ones, so a date can add a shift, move it, or give leave. */
  private static List<RosterEntry> effective(List<RosterEntry> entries, LocalDate day) {
    List<RosterEntry> dated = entries.stream().filter(e -> e.isDated() && e.appliesTo(day)).toList();
    return dated.isEmpty() ? entries.stream().filter(e -> !e.isDated() && e.appliesTo(day)).toList() : dated;
  }
}
