package com.wuyebot.integration.wechat.inbound;

import java.time.Instant;

/**
 * A resident's message or an event, as the bot sees it: WeChat's field names mapped to plain
 * values, no WxJava type. Fields that do not apply to the type are null.
 *
 * @param appId     the account that received it
 * @param accountId the account's original id (gh_...), the {@code ToUserName}
 * @param openId    the sender, the {@code FromUserName}
 * @param msgId     {@code MsgId} of messages, {@code MsgID} of job-finish events
 * @param text      the text of a text message, or the speech recognition of a voice message
 * @param event     the event name as sent (subscribe, SCAN, CLICK, TEMPLATESENDJOBFINISH …)
 * @param status    the outcome carried by job-finish events
 * @param massJob   the counts of a MASSSENDJOBFINISH event; null for every other message and event
 */
public record InboundMessage(
    String appId,
    String accountId,
    String openId,
    Instant createTime,
    MessageType type,
    Long msgId,
    String text,
    String mediaId,
    String picUrl,
    Location location,
    Link link,
    String event,
    String eventKey,
    String status,
    MassJobCounts massJob) {

  /** A message, or an event other than MASSSENDJOBFINISH: none of them carries job counts. */
  public InboundMessage(String appId, String accountId, String openId, Instant createTime, MessageType type, Long msgId,
      String text, String mediaId, String picUrl, Location location, Link link, String event, String eventKey,
      String status) {
    this(appId, accountId, openId, createTime, type, msgId, text, mediaId, picUrl, location, link, event, eventKey, status,
        null);
  }

  /**
   * What WeChat counted of one mass send job (PROTOCOL.md §3.2, §5.6).
   *
   * @param totalCount  followers the job was for
   * @param filterCount of those, the followers left to send to after WeChat's filters (refusals, the monthly four)
   * @param sentCount   sent successfully
   * @param errorCount  failed
   */
  public record MassJobCounts(int totalCount, int filterCount, int sentCount, int errorCount) {
  }

  public record Location(double latitude, double longitude, String label) {
  }

  public record Link(String title, String description, String url) {
  }

  public boolean isEvent(String name) {
    return type == MessageType.EVENT && name.equalsIgnoreCase(event);
  }

  /** The key WeChat's retries of this message share (PROTOCOL.md §4.4). */
  String dedupKey() {
    if (msgId != null) {
      return appId + ":m:" + msgId;
    }
    return appId + ":e:" + openId + ":" + createTime.getEpochSecond() + ":" + event + ":" + (eventKey == null ? "" : eventKey);
  }
}
