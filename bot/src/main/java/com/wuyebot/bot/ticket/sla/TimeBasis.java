package com.wuyebot.bot.ticket.sla;

/** Which minutes count towards a target. */
public enum TimeBasis {
  /** Every minute, day and night, holidays included: for urgent work. */
  CALENDAR,
  /** Only working hours on working days of the {@link BusinessCalendar}. */
  BUSINESS
}
