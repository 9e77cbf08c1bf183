package com.wuyebot.bot.ticket;

import com.wuyebot.bot.shared.NotFoundException;

public class TeamNotFoundException extends NotFoundException {

  public TeamNotFoundException(long id) {
    super("No team " + id);
  }
}
