package com.wuyebot.bot.notice;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 「怎么停水了」 from a resident of a building with an outage notice out and not yet over gets that notice as
 * the answer (the one under way, else the next). The resident's building comes from the {@link NoticeAudience}; without a matching outage the
 * question passes on (it may be a leak to report).
 */
@Component
@Order(1001)
class OutageHook implements ConversationHook {

  private final NoticeRepository notices;
  private final NoticeAudience audience;
  private final NoticeMessages messages;
  private final Clock clock;

  OutageHook(NoticeRepository notices, NoticeAudience audience, NoticeMessages messages, Clock clock) {
    this.notices = notices;
    this.audience = audience;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public Optional<Reply> intercept(InboundMessage message) {
    if (!NoticeReplies.isOutageQuestion(message.text())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return notices.findOutWithKindEndingAfter(message.appId(), NoticeKind.OUTAGE, now).stream()
        .filter(n -> audience.isTargeted(message.appId(), message.openId(), n.target()))
        .min(Comparator.comparing((Notice n) -> n.startsAt().isAfter(now))
            .thenComparing(n -> Duration.between(n.startsAt(), now).abs()))
        .map(n -> Reply.text(messages.outageAnswer(n)));
  }
}
