package com.wuyebot.bot.ticket;

import com.wuyebot.bot.shared.NotFoundException;

public class TicketNotFoundException extends NotFoundException {

  public TicketNotFoundException(String number) {
    super("No ticket " + number);
  }
}
