package com.wuyebot.bot.ticket;

import com.wuyebot.bot.shared.NotFoundException;

public class IncidentNotFoundException extends NotFoundException {

  public IncidentNotFoundException(long id) {
    super("No incident " + id);
  }
}
