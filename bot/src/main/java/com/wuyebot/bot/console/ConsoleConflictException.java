package com.wuyebot.bot.console;

/** The change contradicts what is stored now (taken by someone else, a name in use): 409, message shown to the user. */
public abstract class ConsoleConflictException extends RuntimeException {

  protected ConsoleConflictException(String message) {
    super(message);
  }
}
