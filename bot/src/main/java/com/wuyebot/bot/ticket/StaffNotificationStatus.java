package com.wuyebot.bot.ticket;

/**
 * Where one staff notification stands. PENDING: a transient failure, tried again later; FAILED: given
 * up (a permanent error, or the last attempt); SKIPPED: nothing could be sent (member not bound, no
 * template for the account).
 */
public enum StaffNotificationStatus {
  SENDING, PENDING, SENT, FAILED, SKIPPED
}
