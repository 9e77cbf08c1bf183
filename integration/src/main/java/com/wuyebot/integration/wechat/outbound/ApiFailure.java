package com.wuyebot.integration.wechat.outbound;

import java.util.Set;

/** What a WeChat API error means for the caller (PROTOCOL.md §6). */
public enum ApiFailure {
  /** System busy or a network failure: try again later with backoff. */
  RETRYABLE,
  /** The API's daily quota is used up: stop calling it until tomorrow. */
  QUOTA_EXHAUSTED,
  /** The resident's 48-hour window is closed or its message count used up: use a template message. */
  WINDOW_CLOSED,
  /** The resident unfollowed, refused, or the openid is not of this account: never retry. */
  RECIPIENT_UNREACHABLE,
  /** The request itself is wrong (bad template data, invalid media id): fix it, do not retry as is. */
  INVALID_REQUEST,
  /** Credentials, permissions or IP allowlist: an operator must act. */
  CONFIGURATION;

  private static final Set<Integer> RETRYABLE_CODES = Set.of(-1, 45011);
  private static final Set<Integer> WINDOW_CODES = Set.of(45015, 45047);
  private static final Set<Integer> RECIPIENT_CODES = Set.of(43004, 40003, 43101);
  private static final Set<Integer> CONFIGURATION_CODES =
      Set.of(40001, 40013, 40014, 40125, 40164, 42001, 48001, 89503, 40037, 41001);

  public static ApiFailure of(int errorCode) {
    if (RETRYABLE_CODES.contains(errorCode)) {
      return RETRYABLE;
    }
    if (errorCode == 45009) {
      return QUOTA_EXHAUSTED;
    }
    if (WINDOW_CODES.contains(errorCode)) {
      return WINDOW_CLOSED;
    }
    if (RECIPIENT_CODES.contains(errorCode)) {
      return RECIPIENT_UNREACHABLE;
    }
    if (CONFIGURATION_CODES.contains(errorCode)) {
      return CONFIGURATION;
    }
    return INVALID_REQUEST;
  }

  public boolean isRetryable() {
    return this == RETRYABLE;
  }
}
