package com.wuyebot.bot.notice;

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
import java.time.Instant;

/** A community notice or activity, from draft to sent; its content is fixed once sending starts. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private String appId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  private String place;

  private Integer capacity;

  @Column(name = "sign_up", nullable = false)
  private boolean signUp;

  @Convert(converter = TargetConverter.class)
  @Column(nullable = false)
  private Target target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeStatus status;

  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "sending_started_at")
  private Instant sendingStartedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private Integer targeted;

  @Column(name = "reminded_day_before", nullable = false)
  private boolean remindedDayBefore;

  @Column(name = "reminded_hours_before", nullable = false)
  private boolean remindedHoursBefore;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Notice() {
  }

  Notice(NoticeDraft draft, String by, Instant now) {
    this.createdBy = by;
    this.createdAt = now;
    this.status = NoticeStatus.DRAFT;
    apply(draft, now);
  }

  void edit(NoticeDraft draft, Instant now) {
    requireEditable("edit");
    apply(draft, now);
  }

  void schedule(Instant at, Instant now) {
    requireEditable("schedule");
    this.status = NoticeStatus.SCHEDULED;
    this.sendAt = at;
    this.updatedAt = now;
  }

  void cancel(Instant now) {
    requireEditable("cancel");
    this.status = NoticeStatus.CANCELLED;
    this.updatedAt = now;
  }

  /** Sending starts: the content is fixed and {@code targeted} delivery records exist from now on. */
  void startSending(int targeted, Instant now) {
    requireEditable("send");
    this.status = NoticeStatus.SENDING;
    this.targeted = targeted;
    this.sendingStartedAt = now;
    this.updatedAt = now;
  }

  void remindedDayBefore() {
    remindedDayBefore = true;
  }

  void remindedHoursBefore() {
    remindedHoursBefore = true;
  }

  /** Sent (or being sent), so residents may have read it. */
  public boolean isOut() {
    return status == NoticeStatus.SENDING || status == NoticeStatus.SENT;
  }

  private void apply(NoticeDraft draft, Instant now) {
    draft.validate();
    this.appId = draft.appId();
    this.kind = draft.kind();
    this.title = draft.title().strip();
    this.body = draft.body().strip();
    this.startsAt = draft.startsAt();
    this.endsAt = draft.endsAt();
    this.place = draft.place() == null || draft.place().isBlank() ? null : draft.place().strip();
    this.capacity = draft.capacity();
    this.signUp = draft.kind() == NoticeKind.ACTIVITY && draft.signUp();
    this.target = draft.target();
    this.channel = draft.channelOrDefault();
    this.updatedAt = now;
  }

  private void requireEditable(String action) {
    if (!status.isEditable()) {
      throw new NoticeConflictException("Cannot " + action + " notice " + id + ": it is " + status, status);
    }
  }

  public Long id() {
    return id;
  }

  public String appId() {
    return appId;
  }

  public NoticeKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String place() {
    return place;
  }

  public Integer capacity() {
    return capacity;
  }

  public boolean signUp() {
    return signUp;
  }

  public Target target() {
    return target;
  }

  public NoticeChannel channel() {
    return channel;
  }

  public NoticeStatus status() {
    return status;
  }

  public Instant sendAt() {
    return sendAt;
  }

  public Instant sendingStartedAt() {
    return sendingStartedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Integer targeted() {
    return targeted;
  }

  public boolean isRemindedDayBefore() {
    return remindedDayBefore;
  }

  public boolean isRemindedHoursBefore() {
    return remindedHoursBefore;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
