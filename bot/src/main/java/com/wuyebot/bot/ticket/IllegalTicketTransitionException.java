package com.wuyebot.bot.ticket;

public class IllegalTicketTransitionException extends TicketConflictException {

  private final TicketStatus status;
  private final TicketAction action;

  public IllegalTicketTransitionException(String number, TicketStatus status, TicketAction action) {
    super("Ticket " + number + " is " + status + " and cannot " + action);
    this.status = status;
    this.action = action;
  }

  public TicketStatus status() {
    return status;
  }

  public TicketAction action() {
    return action;
  }
}
