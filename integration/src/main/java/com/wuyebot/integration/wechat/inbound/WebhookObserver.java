package com.wuyebot.integration.wechat.inbound;

import java.time.Duration;

/** What the webhook reports for metrics; every method has a no-op default. */
public interface WebhookObserver {

  /** How an accepted push was answered; DUPLICATE is a retry that did not run the handler again. */
  enum Outcome { PASSIVE_REPLY, LATE_REPLY, NO_REPLY, DUPLICATE }

  default void refused(Refusal refusal) {
  }

  default void received(MessageType type) {
  }

  default void answered(Outcome outcome, Duration latency) {
  }

  /** The shared state store failed, so this push was processed without a dedup check. */
  default void dedupUnavailable() {
  }
}
