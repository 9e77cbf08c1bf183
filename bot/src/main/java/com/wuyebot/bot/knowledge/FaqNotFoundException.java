package com.wuyebot.bot.knowledge;

import com.wuyebot.bot.shared.NotFoundException;

public class FaqNotFoundException extends NotFoundException {

  public FaqNotFoundException(String id) {
    super("No FAQ entry with id " + id);
  }
}
