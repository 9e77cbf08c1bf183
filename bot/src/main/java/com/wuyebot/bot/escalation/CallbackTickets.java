package com.wuyebot.bot.escalation;

import com.wuyebot.bot.conversation.ConversationProperties;
import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A ticket asking the desk to call the resident back, when no agent could take the conversation.
 * One per resident and day: its request key names both, so a retried or repeated request (after
 * hours, or a timed-out wait) opens no second ticket.
 */
@Component
class CallbackTickets {

  private static final Logger log = LoggerFactory.getLogger(CallbackTickets.class);
  private static final int MAX_WORDS = 500;

  private final TicketService tickets;
  private final ConversationProperties conversation;
  private final EscalationProperties properties;
  private final Pseudonyms pseudonyms;

  CallbackTickets(TicketService tickets, ConversationProperties conversation, EscalationProperties properties,
      Pseudonyms pseudonyms) {
    this.tickets = tickets;
    this.conversation = conversation;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
  }

  /** The ticket number, or empty when no ticket could be opened (the resident is then told to call). */
  Optional<String> open(String appId, String openId, LocalDate day, HumanHandoff.Reason reason, String lastWords) {
    String requestKey = "callback:%s:%s:%s".formatted(appId, openId, day);
    String said = lastWords == null || lastWords.isBlank() ? "" : "\n居民留言：" + shorten(lastWords.strip());
    OpenTicketCommand command = new OpenTicketCommand(requestKey, TicketType.SUGGESTION, properties.callbackCategory(),
        reason == HumanHandoff.Reason.URGENT ? TicketPriority.URGENT : TicketPriority.NORMAL,
        conversation.communityOf(appId), null, null,
        "居民请求人工客服（" + ReasonNames.of(reason) + "），当时无客服接待，请回电或回复。" + said,
        List.of(), appId, openId, null, null, TicketChannel.WECHAT);
    try {
      Ticket ticket = tickets.open(command, "escalation");
      log.info("Callback ticket {} for resident {}", ticket.number(), pseudonyms.of(openId));
      return Optional.of(ticket.number());
    } catch (RuntimeException e) {
      log.error("Callback ticket for resident {} not opened", pseudonyms.of(openId), e);
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    return text.length() <= MAX_WORDS ? text : text.substring(0, MAX_WORDS) + "…";
  }
}
