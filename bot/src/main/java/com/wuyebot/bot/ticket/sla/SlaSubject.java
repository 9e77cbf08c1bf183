package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChange;
import com.wuyebot.bot.ticket.TicketPriority;
import java.util.List;

/**
 * What the SLA of a ticket depends on: its category, its priority and the states it went through,
 * oldest first, the first being its opening.
 */
public record SlaSubject(String category, TicketPriority priority, List<StatusChange> changes) {

  public SlaSubject {
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("A ticket has at least its opening in its history");
    }
  }

  public static SlaSubject of(Ticket ticket) {
    List<StatusChange> changes = ticket.history().stream()
        .filter(change -> change.from() != change.to() || change.from() == null)
        .map(SlaSubject::statusChange)
        .toList();
    return new SlaSubject(ticket.category(), ticket.priority(), changes);
  }

  private static StatusChange statusChange(TicketChange change) {
    return new StatusChange(change.at(), change.to());
  }
}
