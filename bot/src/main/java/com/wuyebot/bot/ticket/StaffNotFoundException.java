package com.wuyebot.bot.ticket;

import com.wuyebot.bot.shared.NotFoundException;

public class StaffNotFoundException extends NotFoundException {

  public StaffNotFoundException(long id) {
    super("No staff " + id);
  }
}
