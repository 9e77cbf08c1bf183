package com.wuyebot.bot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PRAISE ticket that names a staff member, kept on that member's record. */
@Entity
@Table(name = "praise")
class Praise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "ticket_number", nullable = false, updatable = false)
  private String ticketNumber;

  @Column(name = "staff_id", nullable = false, updatable = false)
  private Long staffId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Praise() {
  }

  Praise(long ticketId, String ticketNumber, long staffId, Instant createdAt) {
    this.ticketId = ticketId;
    this.ticketNumber = ticketNumber;
    this.staffId = staffId;
    this.createdAt = createdAt;
  }

  String ticketNumber() {
    return ticketNumber;
  }
}
