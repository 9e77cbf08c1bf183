package com.wuyebot.bot.notice;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 「报名」 and 「取消报名」 in chat, for the latest activity with sign-up that reached this resident within
 * {@code bot.notice.sign-up-window}. Any other text, or these words without such an activity, pass on.
 */
@Component
@Order(1000)
class SignUpHook implements ConversationHook {

  private static final Logger log = LoggerFactory.getLogger(SignUpHook.class);

  private final DeliveryStore deliveries;
  private final ActivitySignups signups;
  private final NoticeMessages messages;
  private final NoticeProperties properties;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  SignUpHook(DeliveryStore deliveries, ActivitySignups signups, NoticeMessages messages,
      NoticeProperties properties, Pseudonyms pseudonyms, Clock clock) {
    this.deliveries = deliveries;
    this.signups = signups;
    this.messages = messages;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  @Override
  public Optional<Reply> intercept(InboundMessage message) {
    String text = message.text();
    boolean signUp = NoticeReplies.isSignUp(text);
    if (!signUp && !NoticeReplies.isCancel(text)) {
      return Optional.empty();
    }
    Instant since = clock.instant().minus(properties.signUpWindow());
    Optional<Long> activity = deliveries.latestActivityReaching(message.appId(), message.openId(), since);
    if (activity.isEmpty()) {
      return Optional.empty();
    }
    long id = activity.get();
    ActivitySignups.Answer answer = signUp
        ? signups.signUp(id, message.appId(), message.openId(), "CHAT")
        : signups.cancel(id, message.appId(), message.openId());
    log.info("Activity {}: resident {} {}", id, pseudonyms.of(message.openId()), answer.outcome());
    return Optional.of(Reply.text(reply(answer)));
  }

  private String reply(ActivitySignups.Answer answer) {
    Notice notice = answer.notice();
    return switch (answer.outcome()) {
      case CONFIRMED -> messages.signUp("notice.signup.confirmed", notice);
      case WAITING -> messages.signUp("notice.signup.waiting", notice, "position", answer.position());
      case ALREADY_CONFIRMED -> messages.signUp("notice.signup.already", notice);
      case ALREADY_WAITING -> messages.signUp("notice.signup.already-waiting", notice, "position", answer.position());
      case CLOSED -> messages.signUp("notice.signup.closed", notice);
      case CANCELLED -> messages.signUp("notice.signup.cancelled", notice);
      case NOT_SIGNED_UP -> messages.signUp("notice.signup.not-signed", notice);
    };
  }
}
