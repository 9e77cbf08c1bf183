package com.wuyebot.bot.dashboard;

/** Whole percent, rounded half up; null when there is no denominator (the page shows 「—」). */
final class Percent {

  private Percent() {
  }

  static Integer of(long part, long whole) {
    return whole <= 0 ? null : (int) Math.round(100.0 * part / whole);
  }
}
