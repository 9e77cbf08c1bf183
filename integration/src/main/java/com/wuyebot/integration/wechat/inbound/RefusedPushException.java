package com.wuyebot.integration.wechat.inbound;

/** A push that must not be processed; carries the reason, never the request content. */
final class RefusedPushException extends RuntimeException {

  private final Refusal refusal;

  RefusedPushException(Refusal refusal) {
    super(refusal.name(), null, false, false);
    this.refusal = refusal;
  }

  Refusal refusal() {
    return refusal;
  }
}
