package com.wuyebot.bot.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ready-made reply agents insert with one click; managers keep the list. */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CannedResponse() {
  }

  CannedResponse(String title, String body, String createdBy, Instant createdAt) {
    this.title = title;
    this.body = body;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String createdBy() {
    return createdBy;
  }
}
