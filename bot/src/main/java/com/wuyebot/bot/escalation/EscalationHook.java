package com.wuyebot.bot.escalation;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * While a person has (or is about to take) the resident's conversation, the bot keeps quiet and
 * every message goes to the agent's transcript. The resident hears once that they are being put
 * through; a conversation left idle past its timeout goes back to the bot with this message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class EscalationHook implements ConversationHook {

  private final Escalations escalations;
  private final EscalationTimeouts timeouts;
  private final Wording wording;

  EscalationHook(Escalations escalations, EscalationTimeouts timeouts, Wording wording) {
    this.escalations = escalations;
    this.timeouts = timeouts;
    this.wording = wording;
  }

  @Override
  public Optional<Reply> intercept(InboundMessage message) {
    Optional<Escalation> open = escalations.openFor(message.appId(), message.openId());
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Escalation escalation = open.get();
    if (timeouts.closeIfIdle(escalation)) {
      return Optional.empty();
    }
    escalations.recordFromResident(escalation, message);
    if (escalation.status() == EscalationStatus.WAITING && escalations.takeHoldNotice(escalation.id())) {
      return Optional.of(Reply.text(wording.text("escalation.holdOn")));
    }
    return Optional.of(Reply.none());
  }
}
