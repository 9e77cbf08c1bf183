package com.wuyebot.bot.wording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrator's version of one sentence, used instead of the shipped default. */
@Entity
@Table(name = "wording")
class WordingOverride {

  @Id
  @Column(name = "wording_key")
  private String key;

  @Column(nullable = false)
  private String text;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected WordingOverride() {
  }

  WordingOverride(String key, String text, Instant updatedAt, String updatedBy) {
    this.key = key;
    change(text, updatedAt, updatedBy);
  }

  void change(String text, Instant updatedAt, String updatedBy) {
    this.text = text;
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  String key() {
    return key;
  }

  String text() {
    return text;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  String updatedBy() {
    return updatedBy;
  }
}
