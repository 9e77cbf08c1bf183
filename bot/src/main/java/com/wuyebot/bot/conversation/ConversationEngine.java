package com.wuyebot.bot.conversation;

import com.wuyebot.bot.conversation.IntakeDialog.Turn;
import com.wuyebot.bot.conversation.Session.Flow;
import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.resident.HouseBinding;
import com.wuyebot.bot.resident.ResidentDirectory;
import com.wuyebot.bot.resident.ResidentHouse;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.integration.state.StateLock;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.intent.Classification;
import com.wuyebot.knowledge.intent.Intent;
import com.wuyebot.knowledge.intent.IntentClassifier;
import com.wuyebot.knowledge.search.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Decides what the bot answers to each message. A resident's messages are handled one at a time
 * (a lock per resident in the state store, so also across instances) against their session: an
 * intake under way continues, a number picks one of the last FAQ suggestions, anything else is
 * classified and routed. Events that are not a resident speaking (delivery reports, location
 * reports, link clicks) get no reply.
 */
@Service
class ConversationEngine implements IncomingMessageHandler {

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
  private static final String QR_SCENE_PREFIX = "qrscene_";
  private static final int MAX_DESCRIPTION = 2000;
  private static final double ASIDE_CONFIDENCE = 0.8;
  /** Categories of tickets that are not repairs: data staff filter by, not sentences. */
  private static final String COMPLAINT_CATEGORY = "投诉";
  private static final String PRAISE_CATEGORY = "表扬";
  private static final String SUGGESTION_CATEGORY = "建议";
  private static final Set<MessageType> MEDIA = Set.of(MessageType.IMAGE, MessageType.VIDEO, MessageType.SHORTVIDEO,
      MessageType.LOCATION, MessageType.LINK, MessageType.UNKNOWN);
  /** Events that answer nothing: reports about deliveries, locations, menus that open a web page. */
  private static final Set<String> SILENT_EVENTS = Set.of("unsubscribe", "location", "view", "templatesendjobfinish",
      "masssendjobfinish", "subscribe_msg_popup_event", "subscribe_msg_change_event", "subscribe_msg_sent_event",
      "view_miniprogram");

  private final ResidentDirectory residents;
  private final ResidentReplies replies;
  private final FaqLookup faq;
  private final SuggestionMemory suggestions;
  private final Pseudonyms pseudonyms;
  private final ResidentMessenger messenger;
  private final SessionStore sessions;
  private final IntakeDialog intake;
  private final IntentClassifier classifier;
  private final TicketService tickets;
  private final ConversationProperties properties;
  private final List<ConversationHook> hooks;
  private final HouseBinding binding;
  private final BindingDialog bindingDialog;
  private final TicketActions actions;
  private final ProgressReport progress;
  private final Handoffs handoffs;
  private final StaffPraises praises;
  private final TicketPhotos photos;

  ConversationEngine(ResidentDirectory residents, ResidentReplies replies, FaqLookup faq, SuggestionMemory suggestions,
      Pseudonyms pseudonyms, ResidentMessenger messenger, SessionStore sessions, IntakeDialog intake,
      IntentClassifier classifier, TicketService tickets, ConversationProperties properties,
      ObjectProvider<ConversationHook> hooks, HouseBinding binding, BindingDialog bindingDialog, TicketActions actions,
      ProgressReport progress, Handoffs handoffs, StaffPraises praises, TicketPhotos photos) {
    this.residents = residents;
    this.replies = replies;
    this.faq = faq;
    this.suggestions = suggestions;
    this.pseudonyms = pseudonyms;
    this.messenger = messenger;
    this.sessions = sessions;
    this.intake = intake;
    this.classifier = classifier;
    this.tickets = tickets;
    this.properties = properties;
    this.hooks = hooks.orderedStream().toList();
    this.binding = binding;
    this.bindingDialog = bindingDialog;
    this.actions = actions;
    this.progress = progress;
    this.handoffs = handoffs;
    this.praises = praises;
    this.photos = photos;
  }

  @Override
  public Reply handle(InboundMessage message) {
    // opens the window in which the bot may send customer-service messages later (PROTOCOL.md §5.3)
    messenger.residentInteracted(message);
    if (message.type() == MessageType.EVENT) {
      return onEvent(message);
    }
    if (message.type() != MessageType.TEXT && message.type() != MessageType.VOICE && !MEDIA.contains(message.type())) {
      return Reply.none();
    }
    Optional<StateLock> lock = sessions.lock(message.appId(), message.openId());
    try {
      for (ConversationHook hook : hooks) {
        Optional<Reply> taken = hook.intercept(message);
        if (taken.isPresent()) {
          return taken.get();
        }
      }
      Session session = sessions.load(message.appId(), message.openId());
      Reply reply = converse(message, session);
      sessions.save(message.appId(), message.openId(), session);
      return reply;
    } finally {
      lock.ifPresent(sessions::release);
    }
  }

  private Reply converse(InboundMessage message, Session session) {
    String requestKey = requestKey(message);
    if (requestKey != null && requestKey.equals(session.confirmedBy) && session.confirmedReply != null) {
      // WeChat retried the confirming message after the first delivery's instance went away
      return Reply.text(session.confirmedReply);
    }
    boolean hasMedia = message.mediaId() != null && !message.mediaId().isBlank();
    if (message.type() == MessageType.IMAGE && session.inIntake()) {
      if (hasMedia && !session.photos.contains(message.mediaId())) {
        session.photos.add(message.mediaId());
      }
      return Reply.text(replies.photoReceived(intake.currentQuestion(session)));
    }
    if (message.type() == MessageType.IMAGE && hasMedia && actions.waitsForPhoto(session)) {
      return Reply.text(actions.photo(message, session));
    }
    if (MEDIA.contains(message.type())) {
      return Reply.text(replies.onlyTextUnderstood());
    }
    String text = message.text();
    if (text == null || text.isBlank()) {
      // a voice message without WeChat's speech recognition carries no text
      return Reply.text(message.type() == MessageType.VOICE ? replies.voiceNotUnderstood() : replies.emptyText());
    }
    if (session.inIntake()) {
      return continueIntake(message, session, text);
    }
    if (session.inFlow() && ConfirmWords.asksForPerson(text)) {
      // a person is wanted more than the binding or the ticket choice under way
      session.endIntake();
      return Reply.text(handoffs.request(message, HumanHandoff.Reason.ASKED).orElseGet(replies::human));
    }
    if (session.flow == Flow.BIND) {
      return Reply.text(bindingDialog.continueWith(message, session, text));
    }
    if (session.flow == Flow.TICKET) {
      return remembered(message, session, actions.continueWith(message, session, text));
    }
    return onText(message, session, text);
  }

  private Reply continueIntake(InboundMessage message, Session session, String text) {
    boolean becameUrgent = !session.urgent && classifier.isUrgent(text);
    if (becameUrgent) {
      session.urgent = true;
    }
    if (ConfirmWords.asksForPerson(text)) {
      // the intake stays: the resident may talk to the agent or call, or go on here
      String person = handoffs.request(message, HumanHandoff.Reason.ASKED).orElseGet(replies::human);
      return Reply.text(person + "\n" + replies.intakeKept() + intake.currentQuestion(session));
    }
    Optional<String> answer = answerAside(message, text);
    if (answer.isPresent()) {
      return Reply.text(answer.get() + "\n\n" + replies.intakeResumes(session.flow == Flow.REPAIR)
          + intake.currentQuestion(session));
    }
    Turn turn = intake.continueWith(session, text);
    switch (turn.outcome()) {
      case CANCELLED -> {
        log.info("Resident {} cancelled a {} intake", pseudonym(message), session.flow);
        session.endIntake();
        return Reply.text(turn.reply());
      }
      case CONFIRMED -> {
        return openTicket(message, session);
      }
      default -> {
        return Reply.text(becameUrgent ? replies.urgentNow() + "\n" + turn.reply() : turn.reply());
      }
    }
  }

  /**
   * A question from the knowledge base asked in the middle of an intake (物业电话多少): answered,
   * and the intake goes on. Only a confident FAQ answer counts, and only for a message that
   * answers nothing the intake asked (no place, no time, no yes or no).
   */
  private Optional<String> answerAside(InboundMessage message, String text) {
    if (ConfirmWords.of(text) != ConfirmWords.Answer.OTHER || Places.find(text).isPresent()
        || PreferredTimes.find(text).isPresent()) {
      return Optional.empty();
    }
    Classification classification = classifier.classify(text);
    if (classification.intent() != Intent.FAQ || classification.confidence() < ASIDE_CONFIDENCE) {
      return Optional.empty();
    }
    Decision decision = faq.ask(message.appId(), text, residentCommunity(message));
    if (decision.kind() != Decision.Kind.ANSWER) {
      return Optional.empty();
    }
    log.debug("Resident {} asked a FAQ in the middle of an intake", pseudonym(message));
    return decision.best().map(FaqEntry::answer);
  }

  private Reply openTicket(InboundMessage message, Session session) {
    boolean repair = session.flow == Flow.REPAIR;
    String description = session.description;
    if (!repair) {
      description = description + "\n" + replies.text(Boolean.TRUE.equals(session.wantsFeedback)
          ? "complaint.note.feedback" : "complaint.note.anonymous");
      if (session.serious) {
        description = description + "\n" + replies.text("complaint.note.serious");
      }
    }
    OpenTicketCommand command = new OpenTicketCommand(requestKey(message), repair ? TicketType.REPAIR : TicketType.COMPLAINT,
        repair ? session.category : COMPLAINT_CATEGORY, session.urgent ? TicketPriority.URGENT : TicketPriority.NORMAL,
        ticketCommunity(message, session), shorten(session.house, 100), shorten(session.location, 200),
        shorten(description, MAX_DESCRIPTION), session.photos, message.appId(), message.openId(),
        shorten(session.preferredTime, 100), null, TicketChannel.WECHAT);
    Ticket ticket;
    try {
      ticket = tickets.open(command, "resident");
    } catch (RuntimeException e) {
      log.error("Ticket for resident {} not opened; the intake waits for another confirmation", pseudonym(message), e);
      return Reply.text(replies.notSubmitted());
    }
    log.info("Resident {} confirmed ticket {} ({})", pseudonym(message), ticket.number(), ticket.priority());
    photos.schedule(ticket.number(), message.appId(), ticket.photos());
    String reply = repair ? replies.repairOpened(ticket.number())
        : replies.complaintOpened(ticket.number(), Boolean.TRUE.equals(session.wantsFeedback));
    if (session.urgent) {
      reply = replies.urgentNow() + "\n" + reply;
    }
    HumanHandoff.Reason handoff = session.urgent ? HumanHandoff.Reason.URGENT
        : session.serious && !repair ? HumanHandoff.Reason.COMPLAINT : null;
    if (handoff != null) {
      Optional<String> person = handoffs.request(message, handoff);
      if (person.isPresent()) {
        reply = reply + "\n" + person.get();
      }
    }
    session.endIntake();
    session.confirmedBy = requestKey(message);
    session.confirmedReply = reply;
    return Reply.text(reply);
  }

  /** The bound house's community, the resident's only community, else the account's. */
  private String ticketCommunity(InboundMessage message, Session session) {
    if (session.community != null) {
      return session.community;
    }
    List<ResidentHouse> bound = binding.housesOf(message.appId(), message.openId());
    if (session.house != null) {
      Optional<String> ofHouse = bound.stream().filter(h -> h.label().equals(session.house))
          .map(ResidentHouse::community).distinct().reduce((a, b) -> null);
      if (ofHouse.isPresent()) {
        return ofHouse.get();
      }
    }
    return communityOf(message, bound);
  }

  private String communityOf(InboundMessage message, List<ResidentHouse> bound) {
    List<String> communities = bound.stream().map(ResidentHouse::community).distinct().toList();
    return communities.size() == 1 ? communities.get(0) : properties.communityOf(message.appId());
  }

  /** The community the resident's questions and tickets count for: of their houses, else of the account. */
  private String residentCommunity(InboundMessage message) {
    return communityOf(message, binding.housesOf(message.appId(), message.openId()));
  }

  private Reply onEvent(InboundMessage message) {
    String event = message.event() == null ? "" : message.event().toLowerCase(Locale.ROOT);
    switch (event) {
      case "subscribe" -> {
        residents.recordFollow(message.appId(), message.openId(), message.createTime(), scene(message.eventKey()));
        log.info("Resident {} followed account {}", pseudonym(message), message.appId());
        return Reply.text(replies.welcome());
      }
      case "unsubscribe" -> {
        residents.recordUnfollow(message.appId(), message.openId(), message.createTime());
        log.info("Resident {} unfollowed account {}", pseudonym(message), message.appId());
        return Reply.none();
      }
      case "scan" -> {
        return Reply.text(replies.welcomeBack());
      }
      case "templatesendjobfinish" -> {
        messenger.templateJobFinished(message);
        return Reply.none();
      }
      case "masssendjobfinish" -> {
        messenger.massJobFinished(message);
        return Reply.none();
      }
      default -> {
        if (SILENT_EVENTS.contains(event)) {
          return Reply.none();
        }
        log.debug("Menu or other event {} answered with the general help", event);
        return Reply.text(replies.welcomeBack());
      }
    }
  }

  private Reply onText(InboundMessage message, Session session, String text) {
    int fallbacks = session.fallbacks;
    session.fallbacks = 0;
    Optional<Reply> choice = pickedSuggestion(message, text);
    if (choice.isPresent()) {
      return choice.get();
    }
    Optional<ChatCommands.Command> command = ChatCommands.of(text);
    if (command.isPresent()) {
      switch (command.get().kind()) {
        case BIND -> {
          return Reply.text(bindingDialog.start(message, session, command.get()));
        }
        case UNBIND -> {
          return Reply.text(bindingDialog.unbind(message, session));
        }
        default -> {
          return remembered(message, session, actions.start(message, session, command.get()));
        }
      }
    }
    Classification classification = classifier.classify(text);
    log.debug("Intent {} ({}) for resident {}", classification.intent(), classification.urgent() ? "urgent" : "not urgent",
        pseudonym(message));
    if (classification.urgent()) {
      String first = classification.intent() == Intent.COMPLAINT
          ? intake.startComplaint(session, text, true) : intake.startRepair(session, text, true, () -> bound(message));
      return Reply.text(replies.urgentNow() + "\n" + first);
    }
    switch (classification.intent()) {
      case REPAIR -> {
        return Reply.text(intake.startRepair(session, text, false, () -> bound(message)));
      }
      case COMPLAINT -> {
        return Reply.text(intake.startComplaint(session, text, false));
      }
      case PROGRESS -> {
        return Reply.text(progress.of(message.appId(), message.openId()));
      }
      case HUMAN -> {
        return Reply.text(handoffs.request(message, HumanHandoff.Reason.ASKED).orElseGet(replies::human));
      }
      case GREETING -> {
        return Reply.text(replies.greeting());
      }
      case SUGGESTION, PRAISE -> {
        return Reply.text(record(message, text, classification.intent() == Intent.PRAISE));
      }
      default -> {
        return fromKnowledgeBase(message, session, text, fallbacks);
      }
    }
  }

  private List<ResidentHouse> bound(InboundMessage message) {
    return binding.housesOf(message.appId(), message.openId());
  }

  /**
   * A reply to an action on a ticket, kept with the message's request key once the action is done,
   * so a retry that got past the dedup answers the same instead of acting twice.
   */
  private Reply remembered(InboundMessage message, Session session, String reply) {
    if (!session.inFlow() && requestKey(message) != null) {
      session.confirmedBy = requestKey(message);
      session.confirmedReply = reply;
    }
    return Reply.text(reply);
  }

  /** Suggestions and praise are kept as tickets of their own type, so someone reads and answers them. */
  private String record(InboundMessage message, String text, boolean praise) {
    List<ResidentHouse> bound = bound(message);
    OpenTicketCommand command = new OpenTicketCommand(requestKey(message), praise ? TicketType.PRAISE : TicketType.SUGGESTION,
        praise ? PRAISE_CATEGORY : SUGGESTION_CATEGORY, TicketPriority.NORMAL, communityOf(message, bound),
        bound.size() == 1 ? bound.get(0).label() : null, null,
        shorten(text.strip(), MAX_DESCRIPTION), List.of(), message.appId(), message.openId(), null, null, TicketChannel.WECHAT);
    try {
      Ticket ticket = tickets.open(command, "resident");
      log.info("Resident {} left {} {}", pseudonym(message), praise ? "praise" : "a suggestion", ticket.number());
      if (!praise) {
        return replies.suggestionThanks(ticket.number());
      }
      String staff = praises.link(ticket, text).map(Staff::name).orElse(null);
      return replies.praiseThanks(ticket.number(), staff);
    } catch (RuntimeException e) {
      log.error("{} of resident {} not recorded", praise ? "Praise" : "Suggestion", pseudonym(message), e);
      return replies.notRecorded();
    }
  }

  private Reply fromKnowledgeBase(InboundMessage message, Session session, String text, int fallbacksBefore) {
    Decision decision = faq.ask(message.appId(), text, residentCommunity(message));
    log.debug("FAQ decision {} for resident {}", decision.kind(), pseudonym(message));
    switch (decision.kind()) {
      case ANSWER -> {
        return Reply.text(decision.best().orElseThrow().answer());
      }
      case SUGGEST -> {
        List<FaqEntry> offered = decision.candidates().stream().map(c -> c.entry()).toList();
        suggestions.remember(message.appId(), message.openId(), offered.stream().map(FaqEntry::id).toList());
        return Reply.text(replies.suggestions(offered.stream().map(FaqEntry::question).toList()));
      }
      default -> {
        session.fallbacks = fallbacksBefore + 1;
        if (session.fallbacks >= properties.fallbacksToHuman()) {
          Optional<String> person = handoffs.request(message, HumanHandoff.Reason.BOT_FAILED);
          if (person.isPresent()) {
            session.fallbacks = 0;
            return Reply.text(person.get());
          }
        }
        return Reply.text(replies.fallback());
      }
    }
  }

  /** A reply that is only a number picks one of the last suggestions. */
  private Optional<Reply> pickedSuggestion(InboundMessage message, String text) {
    OptionalInt picked = NumberedChoice.of(text);
    if (picked.isEmpty()) {
      return Optional.empty();
    }
    List<String> offered = suggestions.recall(message.appId(), message.openId());
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    int index = picked.getAsInt();
    if (index >= offered.size()) {
      return Optional.of(Reply.text(replies.choiceOutOfRange(offered.size())));
    }
    return Optional.of(faq.enabledEntry(offered.get(index))
        .map(entry -> Reply.text(entry.answer()))
        .orElseGet(() -> Reply.text(replies.fallback())));
  }

  /** The identity WeChat's retries of this message share, so a retry never opens a second ticket. */
  private static String requestKey(InboundMessage message) {
    return message.msgId() == null ? null : message.appId() + ":" + message.msgId();
  }

  private static String shorten(String text, int max) {
    return text == null ? null : IntakeDialog.shorten(text, max);
  }

  private String pseudonym(InboundMessage message) {
    return pseudonyms.of(message.openId());
  }

  private static String scene(String eventKey) {
    if (eventKey == null || !eventKey.startsWith(QR_SCENE_PREFIX)) {
      return null;
    }
    return eventKey.substring(QR_SCENE_PREFIX.length());
  }
}
