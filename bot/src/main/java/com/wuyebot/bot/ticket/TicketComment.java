package com.wuyebot.bot.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a ticket: internal to staff, or visible to the resident. */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "visible_to_resident", nullable = false, updatable = false)
  private boolean visibleToResident;

  protected TicketComment() {
  }

  TicketComment(Instant at, String author, String body, boolean visibleToResident) {
    this.at = at;
    this.author = author;
    this.body = body;
    this.visibleToResident = visibleToResident;
  }

  public Instant at() {
    return at;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public boolean isVisibleToResident() {
    return visibleToResident;
  }
}
