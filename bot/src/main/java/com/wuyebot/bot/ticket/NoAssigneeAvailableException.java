package com.wuyebot.bot.ticket;

/** Auto-assignment found no team for the ticket, or nobody of the team on duty. */
public class NoAssigneeAvailableException extends TicketConflictException {

  public NoAssigneeAvailableException(String message) {
    super(message);
  }
}
