package com.wuyebot.bot.wording;

import com.wuyebot.bot.shared.NotFoundException;

public class WordingNotFoundException extends NotFoundException {

  WordingNotFoundException(String key) {
    super("No wording with key " + key);
  }
}
