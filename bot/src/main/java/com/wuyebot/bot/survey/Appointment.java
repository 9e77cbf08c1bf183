package com.wuyebot.bot.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** The visit time chosen for a ticket (上门时间) and the reminder before it. */
@Entity
@Table(name = "appointment")
public class Appointment {

  public enum Status {
    /** A reminder waits for its time. */
    SCHEDULED,
    REMINDED,
    /** The words (明天上午, 随时) name no hour: nobody is reminded. */
    UNREADABLE,
    CANCELLED,
    /** The time had passed when it was set: nobody is reminded. */
    PAST
  }

  static final int MAX_SAID = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String ticketNumber;

  @Column(name = "app_id", updatable = false)
  private String appId;

  @Column(name = "open_id", updatable = false)
  private String openId;

  @Column(name = "staff_id")
  private Long staffId;

  @Column(name = "staff_name")
  private String staffName;

  private String said;

  @Column(name = "visit_at")
  private Instant visitAt;

  @Column(name = "remind_at")
  private Instant remindAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "resident_reminded_at")
  private Instant residentRemindedAt;

  @Column(name = "staff_reminded_at")
  private Instant staffRemindedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Appointment() {
  }

  Appointment(String ticketNumber, String appId, String openId, Instant now) {
    this.ticketNumber = ticketNumber;
    this.appId = appId;
    this.openId = openId;
    this.status = Status.UNREADABLE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A (new) time: the reminder moves with it; a time that cannot be read or has passed reminds nobody. */
  void setTime(String said, Instant visitAt, Duration remindBefore, Instant now) {
    this.said = said == null ? null : said.length() > MAX_SAID ? said.substring(0, MAX_SAID) : said;
    this.visitAt = visitAt;
    this.updatedAt = now;
    this.residentRemindedAt = null;
    this.staffRemindedAt = null;
    if (visitAt == null) {
      this.remindAt = null;
      this.status = Status.UNREADABLE;
    } else if (!visitAt.isAfter(now)) {
      this.remindAt = null;
      this.status = Status.PAST;
    } else {
      Instant before = visitAt.minus(remindBefore);
      this.remindAt = before.isAfter(now) ? before : now;
      this.status = Status.SCHEDULED;
    }
  }

  void assignedTo(Long staffId, String staffName, Instant now) {
    this.staffId = staffId;
    this.staffName = staffName;
    this.updatedAt = now;
  }

  void reminded(boolean resident, boolean staff, Instant now) {
    this.status = Status.REMINDED;
    this.residentRemindedAt = resident ? now : null;
    this.staffRemindedAt = staff ? now : null;
    this.updatedAt = now;
  }

  void cancel(Instant now) {
    this.status = Status.CANCELLED;
    this.remindAt = null;
    this.updatedAt = now;
  }

  boolean isDue(long remindAtMillis) {
    return status == Status.SCHEDULED && remindAt != null && remindAt.toEpochMilli() == remindAtMillis;
  }

  public Long id() {
    return id;
  }

  public String ticketNumber() {
    return ticketNumber;
  }

  public String appId() {
    return appId;
  }

  public String openId() {
    return openId;
  }

  public Long staffId() {
    return staffId;
  }

  public String staffName() {
    return staffName;
  }

  public String said() {
    return said;
  }

  public Instant visitAt() {
    return visitAt;
  }

  public Instant remindAt() {
    return remindAt;
  }

  public Status status() {
    return status;
  }

  public Instant residentRemindedAt() {
    return residentRemindedAt;
  }

  public Instant staffRemindedAt() {
    return staffRemindedAt;
  }
}
