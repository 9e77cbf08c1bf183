package com.wuyebot.bot.notice;

/**
 * A delivery record's state. PENDING and SENDING are unfinished; SENT means WeChat accepted the message;
 * DELIVERED and REJECTED come from TEMPLATESENDJOBFINISH; FAILED was never accepted (see its failure).
 */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SENT,
  DELIVERED,
  REJECTED,
  FAILED
}
