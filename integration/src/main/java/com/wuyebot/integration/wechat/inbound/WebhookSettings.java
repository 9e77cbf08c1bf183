package com.wuyebot.integration.wechat.inbound;

import java.time.Duration;

/**
 * @param timestampWindow how far a push's timestamp may be from now before it counts as a replay
 * @param replyTimeout    how long a push waits for its answer before the answer goes out late
 * @param dedupTtl        how long a message's key is remembered; outlasts WeChat's retry burst
 * @param maxBodyBytes    the largest body read; compatibility mode triples a message's size
 */
public record WebhookSettings(Duration timestampWindow, Duration replyTimeout, Duration dedupTtl, int maxBodyBytes) {

  public static WebhookSettings defaults() {
    return new WebhookSettings(Duration.ofSeconds(300), Duration.ofMillis(4000), Duration.ofSeconds(120), 64 * 1024);
  }
}
