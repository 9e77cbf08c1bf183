package com.wuyebot.bot.escalation;

import com.wuyebot.bot.conversation.HumanHandoff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A resident's conversation handed to a person. Its status changes by conditional updates in
 * {@link EscalationRepository} (so two agents or two instances cannot both win); this class is
 * what they read.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Column(name = "open_resident")
  private String openResident;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private HumanHandoff.Reason reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EscalationStatus status;

  private String agent;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason")
  private CloseReason closeReason;

  @Column(name = "hold_notice_sent", nullable = false)
  private boolean holdNoticeSent;

  @Column(name = "alerted_at")
  private Instant alertedAt;

  protected Escalation() {
  }

  Escalation(String appId, String openId, HumanHandoff.Reason reason, Instant now) {
    this.appId = appId;
    this.openId = openId;
    this.openResident = residentKey(appId, openId);
    this.reason = reason;
    this.status = EscalationStatus.WAITING;
    this.requestedAt = now;
    this.lastActivityAt = now;
  }

  static String residentKey(String appId, String openId) {
    return appId + ":" + openId;
  }

  /** Whether nothing happened for longer than its status allows: the sweep and the hook close it then. */
  boolean isIdleAt(Instant now, EscalationProperties properties) {
    Duration limit = switch (status) {
      case WAITING -> properties.waitingTimeout();
      case ACTIVE -> properties.activeIdleTimeout();
      case CLOSED -> null;
    };
    return limit != null && !lastActivityAt.plus(limit).isAfter(now);
  }

  /** Waiting longer than managers accept without anyone taking it. */
  public boolean isUnclaimedTooLong(Instant now, Duration alertAfter) {
    return status == EscalationStatus.WAITING && !requestedAt.plus(alertAfter).isAfter(now);
  }

  public boolean isOpen() {
    return status != EscalationStatus.CLOSED;
  }

  public boolean isHeldBy(String username) {
    return status == EscalationStatus.ACTIVE && username.equals(agent);
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

  public HumanHandoff.Reason reason() {
    return reason;
  }

  public EscalationStatus status() {
    return status;
  }

  public String agent() {
    return agent;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant claimedAt() {
    return claimedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public CloseReason closeReason() {
    return closeReason;
  }

  public Instant alertedAt() {
    return alertedAt;
  }
}
