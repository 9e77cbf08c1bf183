package com.wuyebot.bot.escalation;

/** The conversation is no longer in the state the agent saw: someone else claimed or closed it (409). */
public class EscalationConflictException extends RuntimeException {

  EscalationConflictException(String message) {
    super(message);
  }
}
