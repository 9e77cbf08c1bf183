package com.wuyebot.bot.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a resident's last interaction lets us send customer-service messages: 48 hours and a
 * few messages after a message of theirs, a minute and three messages after a follow, menu click
 * or QR scan (PROTOCOL.md §5.3).
 */
record InteractionWindow(Kind kind, Instant openedAt) {

  enum Kind {
    /** The resident sent a message. */
    MESSAGE,
    /** The resident followed, clicked a menu button or scanned a QR code. */
    SHORT
  }

  Duration length(WindowRules rules) {
    return kind == Kind.MESSAGE ? rules.messageWindow() : rules.shortWindow();
  }

  int allowedSends(WindowRules rules) {
    return kind == Kind.MESSAGE ? rules.messageSends() : rules.shortSends();
  }

  Instant closesAt(WindowRules rules) {
    return openedAt.plus(length(rules));
  }

  boolean isOpenAt(Instant now, WindowRules rules) {
    return !now.isBefore(openedAt) && now.isBefore(closesAt(rules));
  }

  /** @param sendNumber 1 for the first message sent in this window, 2 for the second … */
  boolean allows(int sendNumber, Instant now, WindowRules rules) {
    return isOpenAt(now, rules) && sendNumber <= allowedSends(rules);
  }

  /**
   * Whether a new interaction replaces this window. A resident's message always opens a fresh one;
   * a click must not cut short a longer window that is still open.
   */
  boolean isReplacedBy(InteractionWindow next, WindowRules rules) {
    if (next.kind == Kind.MESSAGE) {
      return true;
    }
    return !closesAt(rules).isAfter(next.closesAt(rules));
  }

  Duration remaining(Instant now, WindowRules rules) {
    Duration left = Duration.between(now, closesAt(rules));
    return left.isNegative() ? Duration.ZERO : left;
  }

  String encode() {
    return kind.name() + ":" + openedAt.toEpochMilli();
  }

  static InteractionWindow decode(String value) {
    int colon = value.indexOf(':');
    return new InteractionWindow(Kind.valueOf(value.substring(0, colon)),
        Instant.ofEpochMilli(Long.parseLong(value.substring(colon + 1))));
  }
}
