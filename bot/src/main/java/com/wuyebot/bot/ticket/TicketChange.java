package com.wuyebot.bot.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a ticket's history: who did what when, and the state before and after. */
@Entity
@Table(name = "ticket_history")
public class TicketChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TicketAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private TicketStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private TicketStatus to;

  @Column(updatable = false)
  private String detail;

  protected TicketChange() {
  }

  TicketChange(Instant at, String actor, TicketAction action, TicketStatus from, TicketStatus to, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.from = from;
    this.to = to;
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public TicketAction action() {
    return action;
  }

  public TicketStatus from() {
    return from;
  }

  public TicketStatus to() {
    return to;
  }

  public String detail() {
    return detail;
  }
}
