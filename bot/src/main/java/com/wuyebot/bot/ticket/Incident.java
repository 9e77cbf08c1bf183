package com.wuyebot.bot.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outage (停水, 停电, 电梯) in one building that several residents reported; their tickets are
 * linked to it and resolved with it. Rows are created by {@link IncidentDesk} with an insert that
 * a second instance cannot duplicate.
 */
@Entity
@Table(name = "incident")
public class Incident {

  public enum Status { OPEN, RESOLVED }

  @Id
  private Long id;

  @Column(name = "open_key")
  private String openKey;

  @Column(nullable = false, updatable = false)
  private String community;

  @Column(nullable = false, updatable = false)
  private String building;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  private String resolution;

  protected Incident() {
  }

  /** Closes it; the building can have a new incident of the same kind from now on. */
  void resolve(String note, String by, Instant now) {
    if (status != Status.OPEN) {
      throw new IncidentResolvedException(id);
    }
    this.status = Status.RESOLVED;
    this.openKey = null;
    this.resolvedAt = now;
    this.resolvedBy = by.length() > 64 ? by.substring(0, 64) : by;
    this.resolution = note;
  }

  public Long id() {
    return id;
  }

  public String community() {
    return community;
  }

  public String building() {
    return building;
  }

  public String kind() {
    return kind;
  }

  public Status status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public String resolution() {
    return resolution;
  }
}
