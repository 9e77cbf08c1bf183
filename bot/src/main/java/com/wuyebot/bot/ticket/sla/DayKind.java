package com.wuyebot.bot.ticket.sla;

/** What a calendar row says about its date, overriding the weekly rule. */
public enum DayKind {
  /** A working day, also on a Saturday or Sunday (调休). */
  WORKDAY,
  /** A public holiday, also on a weekday. */
  HOLIDAY
}
