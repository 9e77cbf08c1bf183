package com.wuyebot.bot.conversation;

import com.wuyebot.bot.conversation.ChatCommands.Command;
import com.wuyebot.bot.conversation.ChatCommands.Kind;
import com.wuyebot.bot.conversation.Session.Flow;
import com.wuyebot.bot.conversation.Session.Step;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.IllegalTicketTransitionException;
import com.wuyebot.bot.ticket.ReopenWindowClosedException;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketAction;
import com.wuyebot.bot.ticket.TicketNotFoundException;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.bot.ticket.UrgedTooSoonException;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What residents do with their own tickets in the chat: 催单, 补充 words or photos, 取消报修 before
 * work starts, 已修好 (close) and 没修好 (reopen) after it is resolved. With several tickets that
 * qualify, the resident picks one by number.
 */
@Component
class TicketActions {

  private static final Logger log = LoggerFactory.getLogger(TicketActions.class);
  private static final Pattern DONE = Pattern.compile("^(好了|发完了|没有了|没了|完成|就这些|结束)[。.!！]*$");

  private final TicketService tickets;
  private final TicketPhotos photos;
  private final ResidentReplies replies;
  private final ConversationProperties properties;
  private final TicketProperties ticketSettings;
  private final ProgressReport progress;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  TicketActions(TicketService tickets, TicketPhotos photos, ResidentReplies replies, ConversationProperties properties,
      TicketProperties ticketSettings, ProgressReport progress, Pseudonyms pseudonyms, Clock clock) {
    this.tickets = tickets;
    this.photos = photos;
    this.replies = replies;
    this.properties = properties;
    this.ticketSettings = ticketSettings;
    this.progress = progress;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  String start(InboundMessage message, Session session, Command command) {
    List<Ticket> eligible = tickets.ofResident(message.appId(), message.openId()).stream()
        .filter(eligibility(command.kind()))
        .sorted(Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::id).reversed())
        .toList();
    if (command.number() != null) {
      Optional<Ticket> named = eligible.stream().filter(t -> t.number().equals(command.number())).findFirst();
      if (named.isEmpty()) {
        return replies.text("action.notEligible." + command.kind().name(), "number", command.number());
      }
      return perform(message, session, command.kind(), named.get().number(), command.rest());
    }
    if (eligible.isEmpty()) {
      return replies.text("action.none." + command.kind().name());
    }
    if (eligible.size() == 1) {
      return perform(message, session, command.kind(), eligible.get(0).number(), command.rest());
    }
    session.startFlow(Flow.TICKET, Step.PICK_TICKET);
    session.action = command.kind().name();
    session.actionText = command.rest();
    List<Ticket> offered = eligible.stream().limit(ProgressReport.MAX_LISTED).toList();
    offered.forEach(ticket -> session.ticketChoices.add(ticket.number()));
    return replies.text("action.which", "action", replies.text("action.name." + command.kind().name()),
        "choices", ResidentReplies.numbered(offered.stream().map(this::describe).toList()));
  }

  String continueWith(InboundMessage message, Session session, String text) {
    if (ConfirmWords.isCancel(text)) {
      session.endIntake();
      return replies.text("action.left");
    }
    if (session.step == Step.SUPPLEMENT) {
      String number = session.ticketNumber;
      if (DONE.matcher(text.strip()).matches()) {
        session.endIntake();
        return replies.text("supplement.finished", "number", number);
      }
      session.endIntake();
      return supplement(message, session, number, text);
    }
    int picked = NumberedChoice.of(text).orElse(-1);
    if (picked < 0 || picked >= session.ticketChoices.size()) {
      return replies.choiceOutOfRange(session.ticketChoices.size());
    }
    Kind kind = Kind.valueOf(session.action);
    String number = session.ticketChoices.get(picked);
    String rest = session.actionText;
    session.endIntake();
    return perform(message, session, kind, number, rest);
  }

  /** A photo sent while the resident is adding to a ticket (补充). */
  String photo(InboundMessage message, Session session) {
    String number = session.ticketNumber;
    try {
      tickets.supplementByResident(number, message.appId(), message.openId(), null, List.of(message.mediaId()));
      photos.schedule(number, message.appId(), List.of(message.mediaId()));
      return replies.text("supplement.photo", "number", number);
    } catch (TicketNotFoundException e) {
      session.endIntake();
      return replies.text("action.notEligible.SUPPLEMENT", "number", number);
    }
  }

  boolean waitsForPhoto(Session session) {
    return session.flow == Flow.TICKET && session.step == Step.SUPPLEMENT;
  }

  private String perform(InboundMessage message, Session session, Kind kind, String number, String rest) {
    try {
      return switch (kind) {
        case URGE -> urge(message, number);
        case SUPPLEMENT -> {
          if (rest == null || rest.isBlank()) {
            session.startFlow(Flow.TICKET, Step.SUPPLEMENT);
            session.ticketNumber = number;
            yield replies.text("supplement.ask", "number", number);
          }
          yield supplement(message, session, number, rest);
        }
        case CANCEL_TICKET -> {
          tickets.cancelByResident(number, message.appId(), message.openId(), replies.text("action.note.cancelled"));
          log.info("Resident {} cancelled ticket {}", pseudonyms.of(message.openId()), number);
          yield replies.text("cancel.done", "number", number);
        }
        case FIXED -> {
          tickets.close(number, "resident");
          log.info("Resident {} confirmed ticket {} fixed", pseudonyms.of(message.openId()), number);
          yield replies.text("fixed.done", "number", number);
        }
        case NOT_FIXED -> {
          tickets.reopen(number, replies.text("action.note.notFixed"), "resident");
          log.info("Resident {} reopened ticket {}", pseudonyms.of(message.openId()), number);
          yield replies.text("notFixed.done", "number", number);
        }
        default -> throw new IllegalArgumentException(kind.name());
      };
    } catch (ReopenWindowClosedException e) {
      return replies.text("notFixed.tooLate", "number", number);
    } catch (IllegalTicketTransitionException | TicketNotFoundException | ObjectOptimisticLockingFailureException e) {
      // changed by staff since the list was made (started, resolved): the resident hears what it is now
      log.info("Resident {} could not {} ticket {}: {}", pseudonyms.of(message.openId()), kind, number, e.getClass().getSimpleName());
      return replies.text("action.notEligible." + kind.name(), "number", number);
    }
  }

  private String urge(InboundMessage message, String number) {
    try {
      Ticket ticket = tickets.urge(number, message.appId(), message.openId(), properties.urgeInterval());
      log.info("Resident {} urged ticket {} (#{}, {})", pseudonyms.of(message.openId()), number, ticket.urges(), ticket.priority());
      return replies.text(ticket.priority() == TicketPriority.NORMAL ? "urge.done" : "urge.raised", "number", number,
          "count", ticket.urges());
    } catch (UrgedTooSoonException e) {
      return replies.text("urge.tooSoon", "number", number, "time", progress.format().format(e.nextAllowed()));
    }
  }

  private String supplement(InboundMessage message, Session session, String number, String text) {
    tickets.supplementByResident(number, message.appId(), message.openId(), IntakeDialog.shorten(text.strip(), 2000), List.of());
    log.info("Resident {} added to ticket {}", pseudonyms.of(message.openId()), number);
    return replies.text("supplement.done", "number", number);
  }

  private String describe(Ticket ticket) {
    return replies.text("action.ticket", "number", ticket.number(), "type", replies.typeLabel(ticket.type()),
        "description", IntakeDialog.shorten(ticket.description().replaceAll("\\s+", " "), 20),
        "status", replies.statusLabel(ticket.status()));
  }

  private Predicate<Ticket> eligibility(Kind kind) {
    Predicate<Ticket> work = ticket -> ticket.type() == TicketType.REPAIR || ticket.type() == TicketType.COMPLAINT;
    return switch (kind) {
      case URGE -> work.and(ticket -> TicketAction.URGE.allowedFrom(ticket.status()));
      case SUPPLEMENT -> work.and(ticket -> !ticket.status().isFinal());
      case CANCEL_TICKET -> work.and(ticket -> TicketAction.CANCEL.allowedFrom(ticket.status()));
      case FIXED -> work.and(ticket -> ticket.status() == TicketStatus.RESOLVED);
      case NOT_FIXED -> work.and(ticket -> ticket.status() == TicketStatus.RESOLVED
          || ticket.status() == TicketStatus.CLOSED && ticket.resolvedAt() != null
          && clock.instant().isBefore(ticket.resolvedAt().plus(ticketSettings.reopenWindow())));
      default -> ticket -> false;
    };
  }
}
