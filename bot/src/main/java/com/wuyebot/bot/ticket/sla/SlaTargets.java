package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.TicketPriority;
import java.util.List;

/** The targets in force: a category's own row wins over the default row of the same priority. */
public record SlaTargets(List<SlaTarget> targets) {

  public SlaTargets {
    targets = List.copyOf(targets);
  }

  public SlaTarget forTicket(String category, TicketPriority priority) {
    SlaTarget fallback = null;
    for (SlaTarget target : targets) {
      if (target.priority() != priority) {
        continue;
      }
      if (target.category().equals(category)) {
        return target;
      }
      if (target.category().equals(SlaTarget.ANY_CATEGORY)) {
        fallback = target;
      }
    }
    if (fallback == null) {
      throw new NoSlaTargetException(category, priority);
    }
    return fallback;
  }
}
