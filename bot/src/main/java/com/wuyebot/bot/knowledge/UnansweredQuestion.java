package com.wuyebot.bot.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question the knowledge base did not answer outright: material for new FAQ entries. */
@Entity
@Table(name = "unanswered_question")
class UnansweredQuestion {

  static final int MAX_QUESTION = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private String appId;

  @Column(nullable = false)
  private String question;

  @Column(nullable = false)
  private String decision;

  @Column(name = "candidate_ids")
  private String candidateIds;

  /** The asking resident's bound community; null when unknown (and for questions asked before V61). */
  private String community;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  protected UnansweredQuestion() {
  }

  UnansweredQuestion(String appId, String question, String decision, String candidateIds, String community,
      Instant askedAt) {
    this.appId = appId;
    this.question = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
    this.decision = decision;
    this.candidateIds = candidateIds;
    this.community = community;
    this.askedAt = askedAt;
  }

  String question() {
    return question;
  }

  String decision() {
    return decision;
  }

  Instant askedAt() {
    return askedAt;
  }
}
