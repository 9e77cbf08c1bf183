package com.wuyebot.bot.console;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who looked at or changed what, when: personal data views, reveals, user changes. */
@Entity
@Table(name = "console_audit")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected AuditEntry() {
  }

  AuditEntry(String actor, String action, String subject, Instant at) {
    this.actor = actor;
    this.action = action;
    this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
    this.at = at;
  }

  public Long id() {
    return id;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public Instant at() {
    return at;
  }
}
