package com.wuyebot.bot.ticket;

/** An incident can be resolved once. */
public class IncidentResolvedException extends TicketConflictException {

  public IncidentResolvedException(Long id) {
    super("Incident " + id + " is already resolved");
  }
}
