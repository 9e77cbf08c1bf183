package com.wuyebot.bot.ticket;

import java.time.Duration;

public class ReopenWindowClosedException extends TicketConflictException {

  public ReopenWindowClosedException(String number, Duration window) {
    super("Ticket " + number + " was resolved more than " + window.toDays() + " days ago and cannot be reopened; open a new one");
  }
}
