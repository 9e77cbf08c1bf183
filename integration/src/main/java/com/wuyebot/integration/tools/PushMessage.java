package com.wuyebot.integration.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a resident did, as WeChat would push it: a normal message or an event.
 *
 * <p>{@code fields} are the type-specific elements in wire order. A {@link String} value is written as CDATA,
 * a {@link Number} bare, exactly like WeChat does. {@code msgId} is {@code null} until the client assigns one;
 * events never carry one.
 */
public record PushMessage(String fromOpenid, long createTime, String msgType, Long msgId, Map<String, Object> fields) {

  public PushMessage {
    Objects.requireNonNull(fromOpenid, "fromOpenid");
    Objects.requireNonNull(msgType, "msgType");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public boolean isEvent() {
    return "event".equals(msgType);
  }

  public String event() {
    return isEvent() ? (String) fields.get("Event") : null;
  }

  public PushMessage withCreateTime(long epochSeconds) {
    return new PushMessage(fromOpenid, epochSeconds, msgType, msgId, fields);
  }

  public PushMessage withMsgId(long id) {
    if (isEvent()) {
      throw new IllegalStateException("events carry no MsgId");
    }
    return new PushMessage(fromOpenid, createTime, msgType, id, fields);
  }

  /** Adds or replaces an element, e.g. {@code MsgDataId} on messages sent from an article. */
  public PushMessage withField(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(name, value);
    return new PushMessage(fromOpenid, createTime, msgType, msgId, copy);
  }

  /** Renders the XML WeChat would send, compact, in the documented element order (PROTOCOL.md §3). */
  public String toXml(String ghId) {
    StringBuilder xml = new StringBuilder(256).append("<xml>");
    cdata(xml, "ToUserName", ghId);
    cdata(xml, "FromUserName", fromOpenid);
    bare(xml, "CreateTime", Long.toString(createTime));
    cdata(xml, "MsgType", msgType);
    fields.forEach((name, value) -> {
      if (value instanceof Number number) {
        bare(xml, name, number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString());
      } else {
        cdata(xml, name, String.valueOf(value));
      }
    });
    if (msgId != null) {
      bare(xml, "MsgId", Long.toString(msgId));
    }
    return xml.append("</xml>").toString();
  }

  private static void cdata(StringBuilder xml, String name, String value) {
    // "]]>" cannot appear inside one CDATA section: split it across two.
    String safe = value.replace("]]>", "]]]]><![CDATA[>");
    xml.append('<').append(name).append("><![CDATA[").append(safe).append("]]></").append(name).append('>');
  }

  private static void bare(StringBuilder xml, String name, String value) {
    xml.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
  }

  // ---- normal messages ----

  public static PushMessage text(String openid, String content) {
    return message(openid, "text", fields("Content", content));
  }

  public static PushMessage image(String openid, String picUrl, String mediaId) {
    return message(openid, "image", fields("PicUrl", picUrl, "MediaId", mediaId));
  }

  /**
   * A voice message in AMR; {@code recognition} (speech-to-text) may be {@code null}, then the element is absent,
   * as it is for accounts without recognition.
   */
  public static PushMessage voice(String openid, String mediaId, String recognition) {
    Map<String, Object> f = fields("MediaId", mediaId, "Format", "amr", "MediaId16K", mediaId + "_16K");
    if (recognition != null) {
      f.put("Recognition", recognition);
    }
    return message(openid, "voice", f);
  }

  public static PushMessage video(String openid, String mediaId, String thumbMediaId) {
    return message(openid, "video", fields("MediaId", mediaId, "ThumbMediaId", thumbMediaId));
  }

  public static PushMessage shortVideo(String openid, String mediaId, String thumbMediaId) {
    return message(openid, "shortvideo", fields("MediaId", mediaId, "ThumbMediaId", thumbMediaId));
  }

  public static PushMessage location(String openid, double latitude, double longitude, int scale, String label) {
    return message(openid, "location", fields("Location_X", BigDecimal.valueOf(latitude),
        "Location_Y", BigDecimal.valueOf(longitude), "Scale", scale, "Label", label));
  }

  public static PushMessage link(String openid, String title, String description, String url) {
    return message(openid, "link", fields("Title", title, "Description", description, "Url", url));
  }

  // ---- events ----

  /** Any event; {@code eventKey} {@code null} leaves out the element. */
  public static PushMessage event(String openid, String event, String eventKey) {
    Map<String, Object> f = fields("Event", event);
    if (eventKey != null) {
      f.put("EventKey", eventKey);
    }
    return message(openid, "event", f);
  }

  public static PushMessage subscribe(String openid) {
    return event(openid, "subscribe", "");
  }

  /** A follow through a parametric QR code: {@code EventKey=qrscene_<scene>} plus the {@code Ticket}. */
  public static PushMessage subscribeByQrCode(String openid, String scene, String ticket) {
    return event(openid, "subscribe", "qrscene_" + scene).withField("Ticket", ticket);
  }

  public static PushMessage unsubscribe(String openid) {
    return event(openid, "unsubscribe", "");
  }

  /** An existing follower scanned a parametric QR code: the scene comes without the {@code qrscene_} prefix. */
  public static PushMessage scan(String openid, String scene, String ticket) {
    return event(openid, "SCAN", scene).withField("Ticket", ticket);
  }

  public static PushMessage click(String openid, String menuKey) {
    return event(openid, "CLICK", menuKey);
  }

  public static PushMessage view(String openid, String url) {
    return event(openid, "VIEW", url);
  }

  public static PushMessage locationReport(String openid, double latitude, double longitude, double precision) {
    return message(openid, "event", fields("Event", "LOCATION", "Latitude", BigDecimal.valueOf(latitude),
        "Longitude", BigDecimal.valueOf(longitude),
        "Precision", BigDecimal.valueOf(precision).setScale(6, RoundingMode.HALF_UP)));
  }

  /** Outcome of a template message; {@code MsgID} is spelled with a capital D on the wire. */
  public static PushMessage templateSendJobFinish(String openid, long templateMsgId, String status) {
    return message(openid, "event", fields("Event", "TEMPLATESENDJOBFINISH", "MsgID", templateMsgId, "Status", status));
  }

  /**
   * Outcome of a mass send job, from WeChat's system sender rather than a resident; a text job, so without the
   * article elements ({@code CopyrightCheckResult}, {@code ArticleUrlResult}) of news jobs.
   */
  public static PushMessage massSendJobFinish(String systemOpenid, long massMsgId, String status, int totalCount,
      int filterCount, int sentCount, int errorCount) {
    return message(systemOpenid, "event", fields("Event", "MASSSENDJOBFINISH", "MsgID", massMsgId, "Status", status,
        "TotalCount", totalCount, "FilterCount", filterCount, "SentCount", sentCount, "ErrorCount", errorCount));
  }

  private static PushMessage message(String openid, String type, Map<String, Object> fields) {
    return new PushMessage(openid, Instant.now().getEpochSecond(), type, null, fields);
  }

  private static Map<String, Object> fields(Object... nameValuePairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.put((String) nameValuePairs[i], Objects.requireNonNull(nameValuePairs[i + 1], (String) nameValuePairs[i]));
    }
    return map;
  }
}
