package com.wuyebot.bot.ticket;

import java.time.Instant;

/** A second 催单 within the minimum interval; the resident may urge again from {@link #nextAllowed()}. */
public class UrgedTooSoonException extends TicketConflictException {

  private final transient Instant nextAllowed;

  public UrgedTooSoonException(String number, Instant nextAllowed) {
    super("Ticket " + number + " was urged recently; it can be urged again from " + nextAllowed);
    this.nextAllowed = nextAllowed;
  }

  public Instant nextAllowed() {
    return nextAllowed;
  }
}
