package com.wuyebot.bot.console;

import com.wuyebot.bot.shared.NotFoundException;

public class ConsoleUserNotFoundException extends NotFoundException {

  ConsoleUserNotFoundException(String username) {
    super("No console user " + username);
  }
}
