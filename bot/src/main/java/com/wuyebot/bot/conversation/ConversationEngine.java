package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ResidentDirectory;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.util.Locale;
import java.util.Set;
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
  private static final Set<MessageType> MEDIA = Set.of(MessageType.IMAGE, MessageType.VIDEO, MessageType.SHORTVIDEO,
      MessageType.LOCATION, MessageType.LINK, MessageType.UNKNOWN);
  /** Events that answer nothing: reports about deliveries, locations, menus that open a web page. */
  private static final Set<String> SILENT_EVENTS = Set.of("unsubscribe", "location", "view", "templatesendjobfinish",
      "masssendjobfinish", "subscribe_msg_popup_event", "subscribe_msg_change_event", "subscribe_msg_sent_event",
      "view_miniprogram");

  private final ResidentDirectory residents;
  private final ResidentReplies replies;

  ConversationEngine(ResidentDirectory residents, ResidentReplies replies) {
    this.residents = residents;
    this.replies = replies;
  }

  @Override
  public Reply handle(InboundMessage message) {
    if (message.type() == MessageType.EVENT) {
      return onEvent(message);
    }
    if (message.type() == MessageType.TEXT || message.type() == MessageType.VOICE) {
      return onText(message.text());
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
        return Reply.text(replies.welcome());
      }
      case "unsubscribe" -> {
        residents.recordUnfollow(message.appId(), message.openId(), message.createTime());
        return Reply.none();
      }
      case "scan" -> {
        return Reply.text(replies.welcomeBack());
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

  private Reply onText(String text) {
    if (text == null || text.isBlank()) {
      return Reply.text(replies.emptyText());
    }
    return Reply.text(replies.fallback());
  }

  private static String scene(String eventKey) {
    if (eventKey == null || !eventKey.startsWith(QR_SCENE_PREFIX)) {
      return null;
    }
    return eventKey.substring(QR_SCENE_PREFIX.length());
  }
}
