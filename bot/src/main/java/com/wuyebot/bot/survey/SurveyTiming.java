package com.wuyebot.bot.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a survey or its reminder may reach a resident: after the configured wait, but never in the
 * quiet hours of the night (moved to the morning they end), in the company's time zone.
 */
final class SurveyTiming {

  private final Duration delay;
  private final Duration remindAfter;
  private final LocalTime quietFrom;
  private final LocalTime quietUntil;
  private final ZoneId zone;

  SurveyTiming(Duration delay, Duration remindAfter, LocalTime quietFrom, LocalTime quietUntil, ZoneId zone) {
    this.delay = delay;
    this.remindAfter = remindAfter;
    this.quietFrom = quietFrom;
    this.quietUntil = quietUntil;
    this.zone = zone;
  }

  static SurveyTiming of(SurveyProperties properties, ZoneId zone) {
    return new SurveyTiming(properties.delay(), properties.remindAfter(), properties.quietFrom(), properties.quietUntil(), zone);
  }

  Instant askAt(Instant resolvedAt) {
    return outsideQuietHours(resolvedAt.plus(delay));
  }

  /** Empty when reminders are switched off. */
  Optional<Instant> remindAt(Instant askedAt) {
    if (remindAfter.isZero() || remindAfter.isNegative()) {
      return Optional.empty();
    }
    return Optional.of(outsideQuietHours(askedAt.plus(remindAfter)));
  }

  /** The instant itself, or the end of the quiet hours it falls into. */
  Instant outsideQuietHours(Instant at) {
    if (quietFrom.equals(quietUntil)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    boolean overMidnight = quietFrom.isAfter(quietUntil);
    if (overMidnight) {
      if (!time.isBefore(quietFrom)) {
        return local.toLocalDate().plusDays(1).atTime(quietUntil).atZone(zone).toInstant();
      }
      if (time.isBefore(quietUntil)) {
        return local.toLocalDate().atTime(quietUntil).atZone(zone).toInstant();
      }
      return at;
    }
    if (!time.isBefore(quietFrom) && time.isBefore(quietUntil)) {
      return local.toLocalDate().atTime(quietUntil).atZone(zone).toInstant();
    }
    return at;
  }
}
