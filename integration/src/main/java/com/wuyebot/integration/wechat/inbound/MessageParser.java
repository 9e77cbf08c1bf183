package com.wuyebot.integration.wechat.inbound;

import java.time.Instant;
import java.util.Locale;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.util.xml.XStreamTransformer;

/** Parses a push's XML with WxJava (XStream with strict type permissions) into an {@link InboundMessage}. */
final class MessageParser {

  private static final String MASS_JOB_FINISHED = "MASSSENDJOBFINISH";

  private MessageParser() {
  }

  static InboundMessage parse(String appId, String xml) {
    if (declaresDoctype(xml)) {
      throw new RefusedPushException(Refusal.DOCTYPE);
    }
    WxMpXmlMessage wx;
    try {
      // WxMpXmlMessage.fromXml would parse a second time to fill getAllFieldsMap(), which we never read
      wx = XStreamTransformer.fromXml(WxMpXmlMessage.class, xml.replace("</PicList><PicList>", ""));
    } catch (RuntimeException e) {
      throw new RefusedPushException(Refusal.MALFORMED_XML);
    }
    if (isBlank(wx.getFromUser()) || isBlank(wx.getMsgType()) || wx.getCreateTime() == null) {
      throw new RefusedPushException(Refusal.MALFORMED_XML);
    }
    MessageType type = MessageType.of(wx.getMsgType());
    return new InboundMessage(
        appId,
        wx.getToUser(),
        wx.getFromUser(),
        Instant.ofEpochSecond(wx.getCreateTime()),
        type,
        wx.getMsgId(),
        type == MessageType.VOICE ? wx.getRecognition() : wx.getContent(),
        wx.getMediaId(),
        wx.getPicUrl(),
        location(type, wx),
        type == MessageType.LINK ? new InboundMessage.Link(wx.getTitle(), wx.getDescription(), wx.getUrl()) : null,
        wx.getEvent(),
        wx.getEventKey(),
        wx.getStatus(),
        massJob(type, wx));
  }

  private static InboundMessage.MassJobCounts massJob(MessageType type, WxMpXmlMessage wx) {
    if (type != MessageType.EVENT || !MASS_JOB_FINISHED.equalsIgnoreCase(wx.getEvent())) {
      return null;
    }
    return new InboundMessage.MassJobCounts(count(wx.getTotalCount()), count(wx.getFilterCount()), count(wx.getSentCount()),
        count(wx.getErrorCount()));
  }

  private static int count(Integer count) {
    return count == null ? 0 : count;
  }

  private static InboundMessage.Location location(MessageType type, WxMpXmlMessage wx) {
    if (type == MessageType.LOCATION && wx.getLocationX() != null && wx.getLocationY() != null) {
      return new InboundMessage.Location(wx.getLocationX(), wx.getLocationY(), wx.getLabel());
    }
    if (type == MessageType.EVENT && wx.getLatitude() != null && wx.getLongitude() != null) {
      return new InboundMessage.Location(wx.getLatitude(), wx.getLongitude(), null);
    }
    return null;
  }

  /** DOCTYPE and entity declarations have no place in a push; WxJava would reject them too, less clearly. */
  private static boolean declaresDoctype(String xml) {
    String upper = xml.toUpperCase(Locale.ROOT);
    return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
