package com.wuyebot.bot.messaging;

import com.wuyebot.integration.wechat.outbound.ApiFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a failed send is tried again (PROTOCOL.md §6): transient errors with exponential backoff,
 * a used-up daily quota after WeChat's midnight, everything else never.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** A little after midnight, so instances whose clocks differ slightly do not call a day too early. */
  private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);

  static RetryPolicy of(MessengerProperties properties) {
    return new RetryPolicy(properties.retryFirstDelay(), properties.retryMaxDelay(), properties.maxAttempts());
  }

  /**
   * @param attempts attempts made so far, including the one that just failed
   * @return the time of the next attempt, or empty to give up
   */
  Optional<Instant> nextAttempt(ApiFailure failure, int attempts, Instant now) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    return switch (failure) {
      case RETRYABLE -> Optional.of(now.plus(backoff(attempts)));
      case QUOTA_EXHAUSTED -> Optional.of(
          LocalDate.ofInstant(now, BEIJING).plusDays(1).atStartOfDay(BEIJING).toInstant().plus(AFTER_MIDNIGHT));
      default -> Optional.empty();
    };
  }

  /** firstDelay, 2·firstDelay, 4·firstDelay … capped at maxDelay. */
  Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
