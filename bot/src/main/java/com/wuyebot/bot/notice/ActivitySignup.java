package com.wuyebot.bot.notice;

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

/** A resident's place at an activity, or their place on its waiting list; one per resident and activity. */
@Entity
@Table(name = "activity_signup")
public class ActivitySignup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "notice_id", nullable = false, updatable = false)
  private long noticeId;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignupStatus status;

  /** CHAT or LINK: how the resident signed up. */
  @Column(nullable = false)
  private String channel;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected ActivitySignup() {
  }

  ActivitySignup(long noticeId, String appId, String openId, SignupStatus status, String channel, Instant now) {
    this.noticeId = noticeId;
    this.appId = appId;
    this.openId = openId;
    this.status = status;
    this.channel = channel;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Signs up again after a cancellation: at the end of the line, as if new. */
  void renew(SignupStatus status, String channel, Instant now) {
    this.status = status;
    this.channel = channel;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void cancel(Instant now) {
    status = SignupStatus.CANCELLED;
    updatedAt = now;
  }

  void confirm(Instant now) {
    status = SignupStatus.CONFIRMED;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long noticeId() {
    return noticeId;
  }

  public String appId() {
    return appId;
  }

  public String openId() {
    return openId;
  }

  public SignupStatus status() {
    return status;
  }

  public String channel() {
    return channel;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
