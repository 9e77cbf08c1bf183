package com.wuyebot.bot.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A message the bot sends to a resident, recorded before it is sent: the unique purpose per resident
 * makes a second request, a retry or a second instance send nothing twice.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

  static final int MAX_TEXT = 2000;
  private static final int MAX_ERROR = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Column(nullable = false, updatable = false)
  private String purpose;

  @Column(updatable = false)
  private String text;

  @Column(name = "template_kind", updatable = false)
  private String templateKind;

  @Convert(converter = TemplateDataConverter.class)
  @Column(name = "template_data", updatable = false)
  private Map<String, String> templateData;

  @Column(name = "template_url", updatable = false)
  private String templateUrl;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboundStatus status;

  @Column(name = "error_code")
  private Integer errorCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "wechat_msg_id")
  private Long wechatMsgId;

  @Column(name = "client_msg_id", updatable = false)
  private String clientMsgId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version
  private long version;

  protected OutboundMessage() {
  }

  /** A new PENDING message whose first attempt belongs to its creator until {@code claimedUntil}. */
  OutboundMessage(ResidentMessage message, Instant now, Instant claimedUntil) {
    this.appId = message.appId();
    this.openId = message.openId();
    this.purpose = message.purpose();
    this.text = message.text() == null || message.text().isBlank() ? null : cut(message.text(), MAX_TEXT);
    if (message.template() != null) {
      this.templateKind = message.template().kind();
      this.templateData = message.template().data();
      this.templateUrl = message.template().url();
    }
    this.status = OutboundStatus.PENDING;
    this.nextAttemptAt = claimedUntil;
    // the same on every attempt, so WeChat drops a template resent within 10 minutes (PROTOCOL.md §5.4)
    this.clientMsgId = "om-" + DigestUtils.sha256Hex((appId + '\n' + openId + '\n' + purpose)
        .getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    this.createdAt = now;
    this.updatedAt = now;
  }

  void sent(Channel via, Long templateMsgId, Instant now) {
    attempts++;
    channel = via;
    status = OutboundStatus.SENT;
    wechatMsgId = templateMsgId;
    errorCode = null;
    lastError = null;
    nextAttemptAt = null;
    sentAt = now;
    updatedAt = now;
  }

  void retryAt(Channel via, Integer code, String error, Instant next, Instant now) {
    attempts++;
    channel = via;
    status = OutboundStatus.PENDING;
    errorCode = code;
    lastError = error == null ? null : cut(error, MAX_ERROR);
    nextAttemptAt = next;
    updatedAt = now;
  }

  void fail(Channel via, Integer code, String error, Instant now) {
    attempts++;
    channel = via;
    status = OutboundStatus.FAILED;
    errorCode = code;
    lastError = error == null ? null : cut(error, MAX_ERROR);
    nextAttemptAt = null;
    updatedAt = now;
  }

  /**
   * The outcome of TEMPLATESENDJOBFINISH: {@code success}, {@code failed:user block} or
   * {@code failed: system failed}. Only a sent template message takes it; a repeated report changes nothing.
   */
  boolean reportDelivery(String outcome, Instant now) {
    if (status != OutboundStatus.SENT || channel != Channel.TEMPLATE) {
      return false;
    }
    if ("success".equalsIgnoreCase(outcome == null ? "" : outcome.trim())) {
      status = OutboundStatus.DELIVERED;
    } else {
      status = OutboundStatus.REJECTED;
      lastError = outcome == null ? null : cut(outcome, MAX_ERROR);
    }
    updatedAt = now;
    return true;
  }

  boolean hasTemplate() {
    return templateKind != null;
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }

  public Long id() {
    return id;
  }

  public String appId() {
    return appId;
  }

  public String openId() {
    return openId;
  }

  public String purpose() {
    return purpose;
  }

  public String text() {
    return text;
  }

  public String templateKind() {
    return templateKind;
  }

  public Map<String, String> templateData() {
    return templateData == null ? Map.of() : templateData;
  }

  public String templateUrl() {
    return templateUrl;
  }

  public Channel channel() {
    return channel;
  }

  public OutboundStatus status() {
    return status;
  }

  public Integer errorCode() {
    return errorCode;
  }

  public String lastError() {
    return lastError;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Long wechatMsgId() {
    return wechatMsgId;
  }

  public String clientMsgId() {
    return clientMsgId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  long version() {
    return version;
  }
}
