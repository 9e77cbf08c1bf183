package com.wuyebot.bot.console;

/** A user with this name exists already (409). */
public class ConsoleUserExistsException extends ConsoleConflictException {

  ConsoleUserExistsException(String username) {
    super("A console user named " + username + " exists already");
  }
}
