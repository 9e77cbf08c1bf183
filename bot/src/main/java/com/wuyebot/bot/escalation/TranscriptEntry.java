package com.wuyebot.bot.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an escalated conversation: what the resident sent, an agent's reply, or an internal note. */
@Entity
@Table(name = "escalation_message")
public class TranscriptEntry {

  static final int MAX_BODY = 4000;

  /** Who wrote it; NOTE is internal and never reaches the resident. */
  public enum AuthorKind { RESIDENT, AGENT, NOTE, SYSTEM }

  /** What the resident sent: text, a picture (by WeChat media id), a voice message (its recognised text), other. */
  public enum ContentKind { TEXT, IMAGE, VOICE, OTHER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "escalation_id", nullable = false, updatable = false)
  private Long escalationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, updatable = false)
  private AuthorKind authorKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_kind", nullable = false, updatable = false)
  private ContentKind contentKind;

  @Column(updatable = false)
  private String body;

  @Column(name = "media_id", updatable = false)
  private String mediaId;

  @Column(updatable = false)
  private String author;

  @Column(name = "msg_id", updatable = false)
  private Long msgId;

  private String delivery;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TranscriptEntry() {
  }

  TranscriptEntry(Long escalationId, AuthorKind authorKind, ContentKind contentKind, String body, String mediaId,
      String author, Long msgId, Instant createdAt) {
    this.escalationId = escalationId;
    this.authorKind = authorKind;
    this.contentKind = contentKind;
    this.body = body == null || body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY);
    this.mediaId = mediaId;
    this.author = author;
    this.msgId = msgId;
    this.createdAt = createdAt;
  }

  void delivered(String delivery) {
    this.delivery = delivery;
  }

  public Long id() {
    return id;
  }

  public Long escalationId() {
    return escalationId;
  }

  public AuthorKind authorKind() {
    return authorKind;
  }

  public ContentKind contentKind() {
    return contentKind;
  }

  public String body() {
    return body;
  }

  /** Something the resident said in words (text, a recognised voice, a location or link), not a picture. */
  boolean isResidentWords() {
    return authorKind == AuthorKind.RESIDENT && body != null && contentKind != ContentKind.OTHER;
  }

  /** The text as agents see it at first: phone numbers masked (revealing one is audited). */
  public String shownBody() {
    return authorKind == AuthorKind.RESIDENT ? PhoneNumbers.maskAll(body) : body;
  }

  public String mediaId() {
    return mediaId;
  }

  public String author() {
    return author;
  }

  /** SENT, PENDING or FAILED for an agent's reply; null otherwise. */
  public String delivery() {
    return delivery;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
