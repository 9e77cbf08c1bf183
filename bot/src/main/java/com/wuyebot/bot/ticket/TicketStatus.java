package com.wuyebot.bot.ticket;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

public enum TicketStatus {
  NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED, REOPENED, CANCELLED, MERGED;

  /** Work someone is carrying: what auto-assignment counts as a member's load. */
  public static final Set<TicketStatus> OPEN_WORK = EnumSet.of(ASSIGNED, IN_PROGRESS, ON_HOLD);

  /** Somebody still owes the resident work: neither resolved nor final (what SLAs watch, what an incident resolves). */
  public static final Set<TicketStatus> WORK_OWED =
      Collections.unmodifiableSet(EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, REOPENED));

  public boolean isFinal() {
    return this == CLOSED || this == CANCELLED || this == MERGED;
  }
}
