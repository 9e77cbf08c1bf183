package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.ConsoleConflictException;

/** The conversation is no longer in the state the agent saw: someone else claimed or closed it (409). */
public class EscalationConflictException extends ConsoleConflictException {

  EscalationConflictException(String message) {
    super(message);
  }
}
