package com.wuyebot.bot.notice;

/** DRAFT and SCHEDULED can be edited and cancelled; from SENDING on a notice is what residents got. */
public enum NoticeStatus {
  DRAFT,
  SCHEDULED,
  SENDING,
  SENT,
  CANCELLED;

  public boolean isEditable() {
    return this == DRAFT || this == SCHEDULED;
  }
}
