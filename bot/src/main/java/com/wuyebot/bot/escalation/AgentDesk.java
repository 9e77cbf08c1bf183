package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.AuditTrail;
import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsoleUser;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.console.Presence;
import com.wuyebot.bot.conversation.ConversationProperties;
import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.escalation.TranscriptEntry.AuthorKind;
import com.wuyebot.bot.escalation.TranscriptEntry.ContentKind;
import com.wuyebot.bot.messaging.OutboundMessage;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What agents do with a conversation: claim it (one wins), hand it to a colleague or back to the
 * queue, reply, write internal notes, turn it into a ticket, close it. Managers may act on any
 * conversation; agents on the ones they hold.
 */
@Service
public class AgentDesk {

  static final int MAX_REPLY = 600;
  private static final Logger log = LoggerFactory.getLogger(AgentDesk.class);

  private final Escalations escalations;
  private final EscalationNotices notices;
  private final ConsoleUsers users;
  private final AuditTrail audit;
  private final TicketService tickets;
  private final ConversationProperties conversation;

  AgentDesk(Escalations escalations, EscalationNotices notices, ConsoleUsers users, AuditTrail audit,
      TicketService tickets, ConversationProperties conversation) {
    this.escalations = escalations;
    this.notices = notices;
    this.users = users;
    this.audit = audit;
    this.tickets = tickets;
    this.conversation = conversation;
  }

  public void claim(long id, ConsoleActor actor) {
    Escalation escalation = escalations.get(id);
    int capacity = users.find(actor.username()).map(ConsoleUser::capacity).orElse(Integer.MAX_VALUE);
    if (escalations.activeCount(actor.username()) >= capacity) {
      throw new EscalationConflictException("您已达到同时接待上限（" + capacity + "个会话），请先结束一个会话");
    }
    if (!escalations.claim(id, actor.username())) {
      throw new EscalationConflictException("该会话已被其他客服接入或已结束");
    }
    users.setPresence(actor.username(), Presence.ONLINE);
    audit.record(actor.username(), "escalation.claim", "escalation " + id);
    log.info("Escalation {} claimed by {}", id, actor.username());
    notices.claimed(escalation, actor.displayName());
  }

  public void transfer(long id, String to, ConsoleActor actor) {
    Escalation escalation = heldOrManaged(id, actor);
    ConsoleUser target = users.find(to == null ? "" : to.strip())
        .filter(ConsoleUser::isEnabled)
        .orElseThrow(() -> new IllegalArgumentException("没有这位可接待的客服"));
    if (target.username().equals(escalation.agent())) {
      return;
    }
    if (!escalations.transfer(id, escalation.agent(), target.username())) {
      throw new EscalationConflictException("会话状态已变化，请刷新后重试");
    }
    audit.record(actor.username(), "escalation.transfer", "escalation " + id + " to " + target.username());
    escalations.recordFromConsole(id, AuthorKind.SYSTEM, "会话由 " + users.displayNameOf(escalation.agent()) + " 转给 "
        + target.displayName(), actor.username());
    notices.claimed(escalations.get(id), target.displayName());
  }

  public void release(long id, ConsoleActor actor) {
    Escalation escalation = heldOrManaged(id, actor);
    if (!escalations.release(id, escalation.agent())) {
      throw new EscalationConflictException("会话状态已变化，请刷新后重试");
    }
    escalations.recordFromConsole(id, AuthorKind.SYSTEM, "会话退回排队", actor.username());
  }

  public void close(long id, ConsoleActor actor) {
    Escalation escalation = escalations.get(id);
    if (escalation.status() == EscalationStatus.ACTIVE && !escalation.isHeldBy(actor.username()) && !actor.isManager()) {
      throw new EscalationConflictException("只有接待中的客服或主管可以结束该会话");
    }
    if (!escalations.close(id, actor.username(), CloseReason.AGENT)) {
      throw new EscalationConflictException("该会话已经结束");
    }
    audit.record(actor.username(), "escalation.close", "escalation " + id);
    log.info("Escalation {} closed by {}", id, actor.username());
    notices.closed(escalation, CloseReason.AGENT, null);
  }

  /** Sends the agent's words to the resident as a customer-service message; the entry shows whether it went out. */
  public TranscriptEntry reply(long id, String text, ConsoleActor actor) {
    Escalation escalation = heldOrManaged(id, actor);
    String body = requireText(text, MAX_REPLY);
    TranscriptEntry entry = escalations.recordFromConsole(id, AuthorKind.AGENT, body, actor.username());
    OutboundMessage sent = notices.reply(escalation, entry.id(), body);
    escalations.delivered(entry, sent.status().name());
    return entry;
  }

  /** A template message pointing the resident back to the chat, for when their window has closed. */
  public TranscriptEntry followUp(long id, String text, ConsoleActor actor) {
    Escalation escalation = escalations.get(id);
    if (escalation.isOpen() && !escalation.isHeldBy(actor.username()) && !actor.isManager()) {
      throw new EscalationConflictException("只有接待中的客服或主管可以回复该会话");
    }
    String body = requireText(text, 200);
    TranscriptEntry entry = escalations.recordFromConsole(id, AuthorKind.AGENT, "【模板消息】" + body, actor.username());
    OutboundMessage sent = notices.followUp(escalation, entry.id(), body);
    escalations.delivered(entry, sent.status().name());
    return entry;
  }

  public TranscriptEntry note(long id, String text, ConsoleActor actor) {
    escalations.get(id);
    return escalations.recordFromConsole(id, AuthorKind.NOTE, requireText(text, 2000), actor.username());
  }

  /** The ticket form as the conversation suggests it. */
  public TicketDraft draftTicket(long id) {
    Escalation escalation = escalations.get(id);
    boolean complaint = escalation.reason() == HumanHandoff.Reason.COMPLAINT
        || escalation.reason() == HumanHandoff.Reason.LOW_SCORE;
    String said = escalations.transcriptOf(id).stream()
        .filter(TranscriptEntry::isResidentWords)
        .map(TranscriptEntry::body)
        .collect(Collectors.joining("\n"));
    String house = ResidentFiles.houseIn(tickets.ofResident(escalation.appId(), escalation.openId()));
    return new TicketDraft(complaint ? TicketType.COMPLAINT : TicketType.REPAIR, complaint ? "投诉" : "其他",
        escalation.reason() == HumanHandoff.Reason.URGENT ? TicketPriority.URGENT : TicketPriority.NORMAL,
        conversation.communityOf(escalation.appId()), house, null, said.isBlank() ? null : shorten(said, 2000),
        "escalation:" + id + ":ticket:" + UUID.randomUUID());
  }

  /** Opens the ticket once per form (its request key), with the resident's photos from the transcript. */
  public Ticket openTicket(long id, TicketDraft draft, ConsoleActor actor) {
    Escalation escalation = escalations.get(id);
    if (draft.requestKey() == null || !draft.requestKey().startsWith("escalation:" + id + ":ticket:")) {
      throw new IllegalArgumentException("表单已失效，请刷新页面后重新提交");
    }
    List<String> photos = escalations.transcriptOf(id).stream()
        .filter(entry -> entry.contentKind() == ContentKind.IMAGE && entry.mediaId() != null)
        .map(TranscriptEntry::mediaId).toList();
    Ticket ticket = tickets.open(new OpenTicketCommand(draft.requestKey(), draft.type(), draft.category(), draft.priority(),
        draft.community(), blankToNull(draft.house()), blankToNull(draft.location()), draft.description(), photos,
        escalation.appId(), escalation.openId(), null, null, TicketChannel.CONSOLE), actor.username());
    escalations.recordFromConsole(id, AuthorKind.SYSTEM, "已创建工单 " + ticket.number(), actor.username());
    audit.record(actor.username(), "escalation.ticket", "escalation " + id + " ticket " + ticket.number());
    return ticket;
  }

  private Escalation heldOrManaged(long id, ConsoleActor actor) {
    Escalation escalation = escalations.get(id);
    if (escalation.status() != EscalationStatus.ACTIVE) {
      throw new EscalationConflictException("请先接入该会话");
    }
    if (!escalation.isHeldBy(actor.username()) && !actor.isManager()) {
      throw new EscalationConflictException("该会话由其他客服接待中");
    }
    return escalation;
  }

  private static String requireText(String text, int max) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("内容不能为空");
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException("内容不能超过" + max + "个字");
    }
    return stripped;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
