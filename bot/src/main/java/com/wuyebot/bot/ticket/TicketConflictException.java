package com.wuyebot.bot.ticket;

/** A request that contradicts the ticket's current state; the API answers 409. */
public abstract class TicketConflictException extends RuntimeException {

  protected TicketConflictException(String message) {
    super(message);
  }
}
