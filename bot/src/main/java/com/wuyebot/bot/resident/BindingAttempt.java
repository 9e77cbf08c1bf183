package com.wuyebot.bot.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A wrong phone given while binding a house; counted to stop guessing. */
@Entity
@Table(name = "binding_attempt")
class BindingAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private Instant attemptedAt;

  protected BindingAttempt() {
  }

  BindingAttempt(String appId, String openId, Instant at) {
    this.appId = appId;
    this.openId = openId;
    this.attemptedAt = at;
  }
}
