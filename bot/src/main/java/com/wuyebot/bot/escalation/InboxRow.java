package com.wuyebot.bot.escalation;

import java.time.Duration;

/**
 * One conversation as the inbox lists it.
 *
 * @param resident    a stable pseudonym, never the openid
 * @param lastMessage the resident's last words as sent (escape when shown), or null
 * @param overdue     waiting longer than the unclaimed alert allows
 */
public record InboxRow(long id, String resident, String reason, EscalationStatus status, String agent,
    Duration waiting, String lastMessage, boolean overdue, boolean mine) {

  public long waitingMinutes() {
    return waiting.toMinutes();
  }
}
