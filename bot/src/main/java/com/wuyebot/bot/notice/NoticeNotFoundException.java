package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.NotFoundException;

public class NoticeNotFoundException extends NotFoundException {

  public NoticeNotFoundException(long id) {
    super("No notice " + id);
  }
}
