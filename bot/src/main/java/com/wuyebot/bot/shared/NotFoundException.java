package com.wuyebot.bot.shared;

/** Something asked for by id does not exist; the API answers 404. Features extend it. */
public abstract class NotFoundException extends RuntimeException {

  protected NotFoundException(String message) {
    super(message);
  }
}
