package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.TicketPriority;

/** Neither the category nor the default ({@code *}) has a target for the priority. */
public class NoSlaTargetException extends RuntimeException {

  public NoSlaTargetException(String category, TicketPriority priority) {
    super("No SLA target for category " + category + " and priority " + priority + ", nor a default (*)");
  }
}
