package com.wuyebot.bot.notice;

/** A change the notice's state does not allow, e.g. editing one that is being sent (answered 409). */
public class NoticeConflictException extends RuntimeException {

  private final NoticeStatus status;

  public NoticeConflictException(String message, NoticeStatus status) {
    super(message);
    this.status = status;
  }

  public NoticeStatus status() {
    return status;
  }
}
