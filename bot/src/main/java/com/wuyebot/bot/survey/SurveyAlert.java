package com.wuyebot.bot.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A low score waiting for a person to call the resident back; the console lists the unhandled ones. */
@Entity
@Table(name = "survey_alert")
public class SurveyAlert {

  public enum FollowUp {
    /** The ticket went back into the work queue, to the team's supervisor when it has one. */
    REOPENED,
    /** The ticket could not be reopened (outside the reopen window): a note on it, and this alert. */
    COMMENTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private Long surveyId;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String ticketNumber;

  @Column(nullable = false, updatable = false)
  private int score;

  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up", nullable = false, updatable = false)
  private FollowUp followUp;

  @Column(name = "supervisor_id", updatable = false)
  private Long supervisorId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by")
  private String handledBy;

  protected SurveyAlert() {
  }

  SurveyAlert(Survey survey, FollowUp followUp, Long supervisorId, Instant now) {
    this.surveyId = survey.id();
    this.ticketNumber = survey.ticketNumber();
    this.score = survey.score();
    this.comment = survey.comment();
    this.followUp = followUp;
    this.supervisorId = supervisorId;
    this.createdAt = now;
  }

  void comment(String comment) {
    this.comment = comment;
  }

  void handled(String by, Instant now) {
    if (handledAt == null) {
      this.handledAt = now;
      this.handledBy = by.length() > 64 ? by.substring(0, 64) : by;
    }
  }

  public Long id() {
    return id;
  }

  public Long surveyId() {
    return surveyId;
  }

  public String ticketNumber() {
    return ticketNumber;
  }

  public int score() {
    return score;
  }

  public String comment() {
    return comment;
  }

  public FollowUp followUp() {
    return followUp;
  }

  public Long supervisorId() {
    return supervisorId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public String handledBy() {
    return handledBy;
  }
}
