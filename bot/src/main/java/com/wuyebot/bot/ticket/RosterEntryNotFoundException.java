package com.wuyebot.bot.ticket;

import com.wuyebot.bot.shared.NotFoundException;

public class RosterEntryNotFoundException extends NotFoundException {

  public RosterEntryNotFoundException(long id) {
    super("No roster entry " + id);
  }
}
