package com.wuyebot.bot.wording;

/** An edit that would leave residents a broken sentence; the API answers 400. */
public class InvalidWordingException extends RuntimeException {

  InvalidWordingException(String message) {
    super(message);
  }
}
