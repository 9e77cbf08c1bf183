package com.wuyebot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.wechat.outbound.ApiFailure;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);
  private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void backsOffExponentiallyUpToTheLongestDelay() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.backoff(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.backoff(60)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void retriesTransientErrorsUntilTheLastAttempt() {
    assertThat(policy.nextAttempt(ApiFailure.RETRYABLE, 1, now)).contains(now.plusSeconds(30));
    assertThat(policy.nextAttempt(ApiFailure.RETRYABLE, 7, now)).contains(now.plus(Duration.ofMinutes(10)));
    assertThat(policy.nextAttempt(ApiFailure.RETRYABLE, 8, now)).isEmpty();
  }

  @Test
  void triesAgainAfterMidnightBeijingTimeWhenTheDailyQuotaIsUsedUp() {
    // 10:00 UTC is 18:00 in Beijing; the quota resets at 00:00 Beijing = 16:00 UTC
    assertThat(policy.nextAttempt(ApiFailure.QUOTA_EXHAUSTED, 1, now)).contains(Instant.parse("2026-11-26T16:05:00Z"));
    assertThat(policy.nextAttempt(ApiFailure.QUOTA_EXHAUSTED, 1, Instant.parse("2026-11-26T17:00:00Z")))
        .contains(Instant.parse("2026-11-27T16:05:00Z"));
  }

  @ParameterizedTest
  @EnumSource(value = ApiFailure.class, names = {"RECIPIENT_UNREACHABLE", "INVALID_REQUEST", "CONFIGURATION", "WINDOW_CLOSED"})
  void neverRetriesPermanentErrors(ApiFailure failure) {
    assertThat(policy.nextAttempt(failure, 1, now)).isEmpty();
  }
}
