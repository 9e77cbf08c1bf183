package com.wuyebot.bot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A resident's photo of a ticket, to be fetched from WeChat; the row is its download schedule. */
@Entity
@Table(name = "ticket_photo")
class TicketPhoto {

  enum Status { PENDING, STORED, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String ticketNumber;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "media_id", nullable = false, updatable = false)
  private String mediaId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "stored_path")
  private String storedPath;

  @Column(name = "error_code")
  private Integer errorCode;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected TicketPhoto() {
  }

  TicketPhoto(String ticketNumber, String appId, String mediaId, Instant now) {
    this.ticketNumber = ticketNumber;
    this.appId = appId;
    this.mediaId = mediaId;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void stored(String path) {
    attempts++;
    status = Status.STORED;
    storedPath = path;
    errorCode = null;
  }

  /** @param retryAt null: give up */
  void failed(Integer code, Instant retryAt) {
    attempts++;
    errorCode = code;
    if (retryAt == null) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = retryAt;
    }
  }

  Long id() {
    return id;
  }

  String ticketNumber() {
    return ticketNumber;
  }

  String appId() {
    return appId;
  }

  String mediaId() {
    return mediaId;
  }

  Status status() {
    return status;
  }

  int attempts() {
    return attempts;
  }

  String storedPath() {
    return storedPath;
  }
}
