package com.wuyebot.bot.escalation;

import com.wuyebot.bot.shared.NotFoundException;

public class EscalationNotFoundException extends NotFoundException {

  EscalationNotFoundException(long id) {
    super("No escalated conversation " + id);
  }
}
