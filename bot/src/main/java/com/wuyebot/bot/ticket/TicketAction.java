package com.wuyebot.bot.ticket;

import static com.wuyebot.bot.ticket.TicketStatus.ASSIGNED;
import static com.wuyebot.bot.ticket.TicketStatus.CLOSED;
import static com.wuyebot.bot.ticket.TicketStatus.IN_PROGRESS;
import static com.wuyebot.bot.ticket.TicketStatus.NEW;
import static com.wuyebot.bot.ticket.TicketStatus.ON_HOLD;
import static com.wuyebot.bot.ticket.TicketStatus.REOPENED;
import static com.wuyebot.bot.ticket.TicketStatus.RESOLVED;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can happen to a ticket, with the states it may happen in. The lifecycle is
 * 受理 → 派工 → 处理 → 回访: NEW → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED.
 */
public enum TicketAction {
  OPEN(EnumSet.noneOf(TicketStatus.class)),
  /** Also reassignment: a started ticket goes back to ASSIGNED, the new assignee starts it. */
  ASSIGN(EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, REOPENED)),
  START(EnumSet.of(ASSIGNED)),
  /** Waiting for parts or for the resident; resumes to the state it came from. */
  HOLD(EnumSet.of(ASSIGNED, IN_PROGRESS)),
  RESUME(EnumSet.of(ON_HOLD)),
  RESOLVE(EnumSet.of(IN_PROGRESS)),
  CLOSE(EnumSet.of(RESOLVED)),
  /** 没修好: within the reopen window after resolution; then it is assigned again. */
  REOPEN(EnumSet.of(RESOLVED, CLOSED)),
  /** By the resident, before work starts. */
  CANCEL(EnumSet.of(NEW, ASSIGNED)),
  /** A duplicate report folded into another ticket. */
  MERGE(EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED)),
  /** Routing to a team without choosing a member: no change of state. */
  ROUTE(EnumSet.of(NEW, REOPENED)),
  COMMENT(EnumSet.allOf(TicketStatus.class)),
  /** 催单 by the resident while the work is still to be done; no change of state. */
  URGE(EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED));

  private final Set<TicketStatus> allowedFrom;

  TicketAction(Set<TicketStatus> allowedFrom) {
    this.allowedFrom = allowedFrom;
  }

  public boolean allowedFrom(TicketStatus status) {
    return allowedFrom.contains(status);
  }
}
