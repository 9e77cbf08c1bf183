package com.wuyebot.bot.escalation;

/** Why a conversation went back to the bot. */
public enum CloseReason {
  /** An agent closed it. */
  AGENT,
  /** Nobody wrote for too long, or nobody took it in time. */
  TIMEOUT
}
