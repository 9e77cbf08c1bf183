package com.wuyebot.bot.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The hours residents should not be woken by a notice, e.g. 22:00 to 07:00 (across midnight) or 12:00 to 14:00. */
record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

  static QuietHours of(NoticeProperties properties) {
    return new QuietHours(properties.quietFrom(), properties.quietUntil(), properties.zone());
  }

  boolean contains(Instant at) {
    if (from.equals(until)) {
      return false;
    }
    LocalTime time = at.atZone(zone).toLocalTime();
    return from.isBefore(until)
        ? !time.isBefore(from) && time.isBefore(until)
        : !time.isBefore(from) || time.isBefore(until);
  }
}
