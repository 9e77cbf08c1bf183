package com.wuyebot.bot.ticket;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 「员工绑定 123456」: a staff member binds their WeChat to their record with the one-time code an
 * administrator gave them, so their notifications reach them. Asked before every other hook: the
 * message is not a resident's. Wrong codes are counted per sender, so six digits cannot be guessed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffBindingHook implements ConversationHook {

  private static final Logger log = LoggerFactory.getLogger(StaffBindingHook.class);
  private static final Pattern BIND = Pattern.compile("^\\s*员工绑定\\s*[:：]?\\s*(\\S*)\\s*$");
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final Duration ATTEMPT_WINDOW = Duration.ofHours(1);

  private final StaffDirectory directory;
  private final StateStore store;
  private final Wording wording;
  private final StaffNoticeProperties properties;
  private final Pseudonyms pseudonyms;

  StaffBindingHook(StaffDirectory directory, StateStore store, Wording wording, StaffNoticeProperties properties,
      Pseudonyms pseudonyms) {
    this.directory = directory;
    this.store = store;
    this.wording = wording;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public Optional<Reply> intercept(InboundMessage message) {
    if (message.type() != MessageType.TEXT || message.text() == null) {
      return Optional.empty();
    }
    Matcher bind = BIND.matcher(message.text());
    if (!bind.matches()) {
      return Optional.empty();
    }
    if (tooManyAttempts(message)) {
      return Optional.of(Reply.text(wording.text("ticket.staff.binding-limited")));
    }
    String code = bind.group(1);
    Optional<Staff> bound = CODE.matcher(code).matches()
        ? directory.bind(code, message.appId(), message.openId())
        : Optional.empty();
    if (bound.isEmpty()) {
      log.info("Staff binding by {} refused: unknown or expired code", pseudonyms.of(message.openId()));
      return Optional.of(Reply.text(wording.text("ticket.staff.binding-invalid")));
    }
    Staff member = bound.get();
    log.info("Staff {} bound to account {} as {}", member.id(), message.appId(), pseudonyms.of(message.openId()));
    return Optional.of(Reply.text(wording.text("ticket.staff.bound", "name", member.name(), "team", member.team().name())));
  }

  private boolean tooManyAttempts(InboundMessage message) {
    try {
      return store.increment("staff-binding:" + message.appId() + ":" + message.openId(), ATTEMPT_WINDOW)
          > properties.bindingAttempts();
    } catch (StateStoreUnavailableException e) {
      // without the store a guesser is slowed only by WeChat; staff must still be able to bind
      return false;
    }
  }
}
