package com.wuyebot.bot.resident;

import com.wuyebot.bot.shared.NotFoundException;

public class HouseholdNotFoundException extends NotFoundException {

  public HouseholdNotFoundException(long id) {
    super("No household " + id);
  }
}
