package com.wuyebot.bot.wechat;

import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Refusal;
import com.wuyebot.integration.wechat.inbound.WebhookObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The webhook's counters and reply-latency histogram, exported on /actuator/prometheus. */
final class WebhookMetrics implements WebhookObserver {

  private final Map<MessageType, Counter> messages = new EnumMap<>(MessageType.class);
  private final Map<Refusal, Counter> refusals = new EnumMap<>(Refusal.class);
  private final Map<Outcome, Timer> replies = new EnumMap<>(Outcome.class);
  private final Counter dedupUnavailable;

  WebhookMetrics(MeterRegistry registry) {
    for (MessageType type : MessageType.values()) {
      messages.put(type, Counter.builder("wechat.messages").description("Accepted pushes by message type")
          .tag("type", type.name().toLowerCase(Locale.ROOT)).register(registry));
    }
    for (Refusal refusal : Refusal.values()) {
      refusals.put(refusal, Counter.builder("wechat.refused").description("Refused pushes by reason")
          .tag("reason", refusal.metricName()).register(registry));
    }
    for (Outcome outcome : Outcome.values()) {
      replies.put(outcome, Timer.builder("wechat.replies").description("Answered pushes: how, and how long it took")
          .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
          .publishPercentileHistogram()
          .serviceLevelObjectives(Duration.ofMillis(30), Duration.ofSeconds(1), Duration.ofSeconds(4))
          .register(registry));
    }
    dedupUnavailable = Counter.builder("wechat.dedup.unavailable")
        .description("Pushes processed without a dedup check because the state store failed").register(registry);
  }

  @Override
  public void refused(Refusal refusal) {
    refusals.get(refusal).increment();
  }

  @Override
  public void received(MessageType type) {
    messages.get(type).increment();
  }

  @Override
  public void answered(Outcome outcome, Duration latency) {
    replies.get(outcome).record(latency);
  }

  @Override
  public void dedupUnavailable() {
    dedupUnavailable.increment();
  }
}
