package com.wuyebot.bot.escalation;

/** WAITING for an agent, ACTIVE with one, CLOSED (the bot answers again). */
public enum EscalationStatus {
  WAITING,
  ACTIVE,
  CLOSED
}
