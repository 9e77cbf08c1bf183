package com.wuyebot.integration.tools;

import java.time.Duration;
import java.util.Optional;

/**
 * What the webhook answered to one delivery.
 *
 * @param reply {@code null} when the answer is not a passive reply ({@code success}, empty, an error status)
 */
public record PushResult(int status, String body, PassiveReply reply, Duration latency) {

  public boolean ok() {
    return status == 200;
  }

  /** HTTP 200 with {@code success} or an empty body: WeChat stops retrying and shows nothing. */
  public boolean acknowledgedWithoutReply() {
    return ok() && reply == null && isAcknowledgement(body);
  }

  public Optional<PassiveReply> replyIfAny() {
    return Optional.ofNullable(reply);
  }

  static boolean isAcknowledgement(String body) {
    return body.isEmpty() || "success".equals(body);
  }
}
