package com.wuyebot.bot.messaging;

/**
 * Where an outbound message stands. SENT means WeChat accepted it; for template messages the
 * TEMPLATESENDJOBFINISH event later turns it into DELIVERED or REJECTED (blocked, system failure).
 */
public enum OutboundStatus {
  /** Not sent yet; the retry job tries again at the next attempt time. */
  PENDING,
  SENT,
  /** Given up: a permanent error, or transient ones too many times; the errcode says which. */
  FAILED,
  DELIVERED,
  REJECTED
}
