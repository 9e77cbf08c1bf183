package com.wuyebot.bot.notice;

/** A notice request that cannot be accepted as it is (answered 400). */
public class InvalidNoticeException extends RuntimeException {

  public InvalidNoticeException(String message) {
    super(message);
  }
}
