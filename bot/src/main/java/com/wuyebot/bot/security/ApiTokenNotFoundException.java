package com.wuyebot.bot.security;

import com.wuyebot.bot.shared.NotFoundException;

public class ApiTokenNotFoundException extends NotFoundException {

  public ApiTokenNotFoundException(long id) {
    super("No API token " + id);
  }
}
