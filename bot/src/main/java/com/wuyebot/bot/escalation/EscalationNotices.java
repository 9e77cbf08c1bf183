package com.wuyebot.bot.escalation;

import com.wuyebot.bot.messaging.OutboundMessage;
import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.wording.Wording;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the resident is told when an agent takes or ends the conversation. Each message has a
 * purpose naming the escalation, so it reaches the resident once whoever asks twice.
 */
@Component
class EscalationNotices {

  static final String FOLLOW_UP_TEMPLATE = "escalation-follow-up";
  private static final Logger log = LoggerFactory.getLogger(EscalationNotices.class);

  private final ResidentMessenger messenger;
  private final Wording wording;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "escalation-notices"));

  EscalationNotices(ResidentMessenger messenger, Wording wording) {
    this.messenger = messenger;
    this.wording = wording;
  }

  void claimed(Escalation escalation, String agentName) {
    later(ResidentMessage.of(escalation.appId(), escalation.openId(),
        "escalation:%d:claimed:%s".formatted(escalation.id(), agentName),
        wording.text("escalation.claimed", "agent", agentName), null));
  }

  void closed(Escalation escalation, CloseReason reason, String callbackTicket) {
    String text = callbackTicket != null ? wording.text("escalation.waitTimedOut", "ticket", callbackTicket)
        : wording.text(reason == CloseReason.TIMEOUT ? "escalation.timedOut" : "escalation.closed");
    later(ResidentMessage.of(escalation.appId(), escalation.openId(), "escalation:%d:closed".formatted(escalation.id()),
        text, null));
  }

  /** An agent's reply, sent now so the agent sees whether it went out. */
  OutboundMessage reply(Escalation escalation, long entryId, String text) {
    return messenger.send(ResidentMessage.of(escalation.appId(), escalation.openId(),
        "escalation:%d:reply:%d".formatted(escalation.id(), entryId), text, null));
  }

  /** Outside the customer-service window only a template message reaches the resident. */
  OutboundMessage followUp(Escalation escalation, long entryId, String summary) {
    return messenger.send(ResidentMessage.of(escalation.appId(), escalation.openId(),
        "escalation:%d:follow-up:%d".formatted(escalation.id(), entryId), null,
        new ResidentMessage.Template(FOLLOW_UP_TEMPLATE, Map.of("content", summary,
            "remark", wording.text("escalation.followUp")))));
  }

  private void later(ResidentMessage message) {
    sender.execute(() -> {
      try {
        messenger.send(message);
      } catch (RuntimeException e) {
        log.error("Could not hand notice {} to the messenger", message.purpose(), e);
      }
    });
  }

  @PreDestroy
  void finishPending() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(10, TimeUnit.SECONDS);
  }
}
