package com.wuyebot.bot.ticket;

/** Where one staff notification stands; SKIPPED: nothing could be sent (member not bound, no template). */
public enum StaffNotificationStatus {
  SENDING, SENT, FAILED, SKIPPED
}
