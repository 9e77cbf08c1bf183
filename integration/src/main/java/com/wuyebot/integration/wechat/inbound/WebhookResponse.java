package com.wuyebot.integration.wechat.inbound;

/** The HTTP answer to WeChat: a status, a body, and its content type. */
public record WebhookResponse(int status, String body, String contentType) {

  private static final String PLAIN = "text/plain; charset=UTF-8";
  private static final String XML = "application/xml; charset=UTF-8";

  /** Acknowledge and stop WeChat's retries (PROTOCOL.md §4.1). */
  public static WebhookResponse success() {
    return new WebhookResponse(200, "success", PLAIN);
  }

  static WebhookResponse xml(String body) {
    return new WebhookResponse(200, body, XML);
  }

  static WebhookResponse plain(String body) {
    return new WebhookResponse(200, body, PLAIN);
  }

  static WebhookResponse refused(Refusal refusal) {
    return new WebhookResponse(refusal.status(), "refused: " + refusal.metricName(), PLAIN);
  }
}
