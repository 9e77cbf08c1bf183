package com.wuyebot.bot.conversation;

import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.resident.ResidentDirectory;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.search.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decides what the bot answers to each message. Events that are not a resident speaking
 * (delivery reports, location reports, link clicks) get no reply.
 */
@Service
class ConversationEngine implements IncomingMessageHandler {

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
  private static final String QR_SCENE_PREFIX = "qrscene_";
  /** A reply that is only a number picks one of the last suggestions: 2, ２, 第2个, 2.  */
  private static final Pattern CHOICE = Pattern.compile("^\\s*第?\\s*([1-9１-９])\\s*[个條条.。、]?\\s*$");
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

  ConversationEngine(ResidentDirectory residents, ResidentReplies replies, FaqLookup faq, SuggestionMemory suggestions,
      Pseudonyms pseudonyms, ResidentMessenger messenger) {
    this.residents = residents;
    this.replies = replies;
    this.faq = faq;
    this.suggestions = suggestions;
    this.pseudonyms = pseudonyms;
    this.messenger = messenger;
  }

  @Override
  public Reply handle(InboundMessage message) {
    // opens the window in which the bot may send customer-service messages later (PROTOCOL.md §5.3)
    messenger.residentInteracted(message);
    if (message.type() == MessageType.EVENT) {
      return onEvent(message);
    }
    if (message.type() == MessageType.TEXT || message.type() == MessageType.VOICE) {
      return onText(message);
    }
    if (MEDIA.contains(message.type())) {
      return Reply.text(replies.onlyTextUnderstood());
    }
    return Reply.none();
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
      default -> {
        if (SILENT_EVENTS.contains(event)) {
          return Reply.none();
        }
        log.debug("Menu or other event {} answered with the general help", event);
        return Reply.text(replies.welcomeBack());
      }
    }
  }

  private Reply onText(InboundMessage message) {
    String text = message.text();
    if (text == null || text.isBlank()) {
      return Reply.text(replies.emptyText());
    }
    Optional<Reply> choice = pickedSuggestion(message, text);
    if (choice.isPresent()) {
      return choice.get();
    }
    Decision decision = faq.ask(message.appId(), text);
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
        return Reply.text(replies.fallback());
      }
    }
  }

  private Optional<Reply> pickedSuggestion(InboundMessage message, String text) {
    Matcher number = CHOICE.matcher(text);
    if (!number.matches()) {
      return Optional.empty();
    }
    List<String> offered = suggestions.recall(message.appId(), message.openId());
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    int index = Character.getNumericValue(number.group(1).charAt(0)) - 1;
    if (index >= offered.size()) {
      return Optional.of(Reply.text(replies.choiceOutOfRange(offered.size())));
    }
    return Optional.of(faq.enabledEntry(offered.get(index))
        .map(entry -> Reply.text(entry.answer()))
        .orElseGet(() -> Reply.text(replies.fallback())));
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
