package com.wuyebot.bot.conversation;

import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Hands a conversation to a person when an agent queue exists (the console's HumanHandoff). */
@Component
class Handoffs {

  private static final Logger log = LoggerFactory.getLogger(Handoffs.class);

  private final ObjectProvider<HumanHandoff> handoff;
  private final Pseudonyms pseudonyms;

  Handoffs(ObjectProvider<HumanHandoff> handoff, Pseudonyms pseudonyms) {
    this.handoff = handoff;
    this.pseudonyms = pseudonyms;
  }

  /** What the resident is told about the hand-over; empty without an agent queue, or when queueing failed. */
  Optional<String> request(InboundMessage message, HumanHandoff.Reason reason) {
    HumanHandoff queue = handoff.getIfAvailable();
    if (queue == null) {
      return Optional.empty();
    }
    try {
      String told = queue.requestHuman(message, reason);
      log.info("Resident {} handed to an agent ({})", pseudonyms.of(message.openId()), reason);
      return Optional.ofNullable(told).filter(text -> !text.isBlank());
    } catch (RuntimeException e) {
      log.error("Hand-over of resident {} ({}) failed; the bot answers instead", pseudonyms.of(message.openId()), reason, e);
      return Optional.empty();
    }
  }
}
