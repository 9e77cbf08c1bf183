package com.wuyebot.bot.ticket;

import java.time.LocalTime;

/**
 * The shifts of a roster day. A night shift belongs to the day it starts on and runs into the
 * next morning; OFF marks leave on a date and covers nothing.
 */
public enum Shift {
  DAY(LocalTime.of(8, 0), LocalTime.of(20, 0)),
  NIGHT(LocalTime.of(20, 0), LocalTime.of(8, 0)),
  ALL_DAY(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
  OFF(null, null);

  private final LocalTime start;
  private final LocalTime end;

  Shift(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /** Whether this shift, on its own day, covers the time of that same day. */
  boolean coversSameDay(LocalTime time) {
    return switch (this) {
      case OFF -> false;
      case ALL_DAY -> true;
      case DAY -> !time.isBefore(start) && time.isBefore(end);
      case NIGHT -> !time.isBefore(start);
    };
  }

  /** Whether this shift, begun the day before, still covers the time. */
  boolean coversNextMorning(LocalTime time) {
    return this == NIGHT && time.isBefore(end);
  }
}
