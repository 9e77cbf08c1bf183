package com.wuyebot.bot.survey;

import com.wuyebot.bot.messaging.Channel;
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

/** The satisfaction survey of one resolved ticket, from its scheduling to the answer (or its absence). */
@Entity
@Table(name = "survey")
public class Survey {

  static final int MAX_COMMENT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String ticketNumber;

  @Column(name = "app_id", updatable = false)
  private String appId;

  @Column(name = "open_id", updatable = false)
  private String openId;

  @Column(nullable = false, updatable = false)
  private String category;

  @Column(nullable = false, updatable = false)
  private String community;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "team_name")
  private String teamName;

  @Column(name = "staff_id")
  private Long staffId;

  @Column(name = "staff_name")
  private String staffName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyStatus status;

  @Column(name = "resolved_at", nullable = false)
  private Instant resolvedAt;

  @Column(name = "ask_at", nullable = false)
  private Instant askAt;

  @Column(name = "asked_at")
  private Instant askedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "asked_channel")
  private Channel askedChannel;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  private Integer score;

  private String comment;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "answered_via")
  private AnswerSource answeredVia;

  @Column(name = "comment_until")
  private Instant commentUntil;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Survey() {
  }

  Survey(SurveySubject subject, Instant askAt, Instant now) {
    this.ticketNumber = subject.number();
    this.appId = subject.appId();
    this.openId = subject.openId();
    this.category = subject.category();
    this.community = subject.community();
    this.teamId = subject.teamId();
    this.teamName = subject.teamName();
    this.staffId = subject.staffId();
    this.staffName = subject.staffName();
    this.resolvedAt = subject.resolvedAt();
    this.askAt = askAt;
    this.createdAt = now;
    // a ticket opened for nobody in particular (by phone, by staff) has nobody to ask
    this.status = hasSomebodyToAsk() ? SurveyStatus.SCHEDULED : SurveyStatus.SKIPPED;
  }

  /** A resident on a known account to put the question to. */
  boolean hasSomebodyToAsk() {
    return openId != null && appId != null;
  }

  /** The channel is recorded once the messenger has chosen it ({@link SurveyRepository#askedBy}). */
  void asked(Instant now) {
    require(SurveyStatus.SCHEDULED);
    this.status = SurveyStatus.ASKED;
    this.askedAt = now;
  }

  void reminded(Channel channel, Instant now) {
    require(SurveyStatus.ASKED);
    this.remindedAt = now;
    if (channel == Channel.CUSTOMER_SERVICE) {
      this.askedChannel = channel;
    }
  }

  void skip() {
    require(SurveyStatus.SCHEDULED);
    this.status = SurveyStatus.SKIPPED;
  }

  /** Resolved once more after a skip (the ticket had been reopened before its survey went out). */
  void reschedule(Instant resolvedAt, Instant askAt) {
    require(SurveyStatus.SKIPPED);
    if (!hasSomebodyToAsk()) {
      throw new IllegalStateException("Survey " + id + " has nobody to ask");
    }
    this.status = SurveyStatus.SCHEDULED;
    this.resolvedAt = resolvedAt;
    this.askAt = askAt;
  }

  void answer(int score, String comment, AnswerSource via, Instant now, Instant commentUntil) {
    if (!status.isOpen()) {
      throw new SurveyClosedException(id, status);
    }
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("A score is 1 to 5");
    }
    this.status = SurveyStatus.ANSWERED;
    this.score = score;
    this.comment = trim(comment);
    this.answeredAt = now;
    this.answeredVia = via;
    this.commentUntil = this.comment == null ? commentUntil : null;
  }

  /** The comment the resident sent after their score. */
  void addComment(String comment) {
    require(SurveyStatus.ANSWERED);
    this.comment = trim(comment);
    this.commentUntil = null;
  }

  void noComment() {
    this.commentUntil = null;
  }

  void decline(Instant now) {
    if (!status.isOpen()) {
      throw new SurveyClosedException(id, status);
    }
    this.status = SurveyStatus.DECLINED;
    this.answeredAt = now;
    this.closedAt = now;
  }

  void notRated(Instant now) {
    if (!status.isOpen()) {
      throw new SurveyClosedException(id, status);
    }
    this.status = SurveyStatus.NOT_RATED;
    this.closedAt = now;
  }

  boolean awaitsComment(Instant now) {
    return status == SurveyStatus.ANSWERED && commentUntil != null && now.isBefore(commentUntil);
  }

  boolean isLowScore() {
    return score != null && score <= 2;
  }

  private void require(SurveyStatus expected) {
    if (status != expected) {
      throw new SurveyClosedException(id, status);
    }
  }

  private static String trim(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    String text = comment.strip();
    return text.length() > MAX_COMMENT ? text.substring(0, MAX_COMMENT) : text;
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

  public String category() {
    return category;
  }

  public String community() {
    return community;
  }

  public Long teamId() {
    return teamId;
  }

  public String teamName() {
    return teamName;
  }

  public Long staffId() {
    return staffId;
  }

  public String staffName() {
    return staffName;
  }

  public SurveyStatus status() {
    return status;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant askAt() {
    return askAt;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Channel askedChannel() {
    return askedChannel;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public Integer score() {
    return score;
  }

  public String comment() {
    return comment;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public AnswerSource answeredVia() {
    return answeredVia;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
