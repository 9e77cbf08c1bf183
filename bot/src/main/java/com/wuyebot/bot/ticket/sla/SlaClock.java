package com.wuyebot.bot.ticket.sla;

import static com.wuyebot.bot.ticket.TicketStatus.ASSIGNED;
import static com.wuyebot.bot.ticket.TicketStatus.CANCELLED;
import static com.wuyebot.bot.ticket.TicketStatus.CLOSED;
import static com.wuyebot.bot.ticket.TicketStatus.IN_PROGRESS;
import static com.wuyebot.bot.ticket.TicketStatus.MERGED;
import static com.wuyebot.bot.ticket.TicketStatus.NEW;
import static com.wuyebot.bot.ticket.TicketStatus.REOPENED;
import static com.wuyebot.bot.ticket.TicketStatus.RESOLVED;

import com.wuyebot.bot.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The due times of a ticket. Response runs from the opening until the ticket is first assigned or
 * started. Resolution runs while somebody owes the resident work (NEW, ASSIGNED, IN_PROGRESS,
 * REOPENED) and stands still while the ticket is ON_HOLD and between a resolution and a reopening,
 * so held spans are added to the due time; it is met by the latest resolution if the ticket is
 * still resolved or closed. Targets on {@link TimeBasis#CALENDAR} count every minute (urgent work),
 * those on {@link TimeBasis#BUSINESS} only the working time of the calendar.
 */
public final class SlaClock {

  private static final Set<TicketStatus> RESPONSE_RUNS = EnumSet.of(NEW, REOPENED);
  private static final Set<TicketStatus> RESPONDED = EnumSet.of(ASSIGNED, IN_PROGRESS);
  private static final Set<TicketStatus> RESOLUTION_RUNS = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, REOPENED);
  private static final Set<TicketStatus> RESOLVED_STATES = EnumSet.of(RESOLVED, CLOSED);

  private final BusinessCalendar calendar;
  private final SlaTargets targets;

  public SlaClock(BusinessCalendar calendar, SlaTargets targets) {
    this.calendar = calendar;
    this.targets = targets;
  }

  /** Empty for a cancelled or merged ticket: it carries no promise any more. */
  public Optional<SlaStatus> statusOf(SlaSubject ticket) {
    List<StatusChange> changes = ticket.changes();
    TicketStatus current = changes.get(changes.size() - 1).to();
    if (current == CANCELLED || current == MERGED) {
      return Optional.empty();
    }
    SlaTarget target = targets.forTicket(ticket.category(), ticket.priority());
    Measure measure = target.basis() == TimeBasis.CALENDAR ? Measure.CALENDAR : new BusinessMeasure(calendar);

    int responded = firstIndex(changes, RESPONDED);
    Deadline response = deadline(changes, responded, RESPONSE_RUNS, target.response(), measure);

    int resolved = RESOLVED_STATES.contains(current) ? lastIndex(changes, RESOLVED) : -1;
    Deadline resolution = deadline(changes, resolved, RESOLUTION_RUNS, target.resolution(), measure);
    return Optional.of(new SlaStatus(target, response, resolution));
  }

  /**
   * Walks the spans before the change that met the target ({@code metIndex}, or -1 when not met),
   * counting the spans in which the clock runs. The last span is open: while the clock runs in it,
   * the due time lies wherever the rest of the target ends.
   */
  private static Deadline deadline(List<StatusChange> changes, int metIndex, Set<TicketStatus> runs,
      Duration target, Measure measure) {
    int end = metIndex < 0 ? changes.size() : metIndex;
    Instant metAt = metIndex < 0 ? null : changes.get(metIndex).at();
    Duration used = Duration.ZERO;
    Instant due = null;
    for (int i = 0; i < end; i++) {
      StatusChange change = changes.get(i);
      if (!runs.contains(change.to())) {
        continue;
      }
      Instant until = i + 1 < end ? changes.get(i + 1).at() : metAt;
      if (until == null) {
        if (due == null) {
          due = measure.plus(change.at(), target.minus(used));
        }
        break;
      }
      Duration counted = measure.between(change.at(), until);
      if (due == null && used.plus(counted).compareTo(target) >= 0) {
        due = measure.plus(change.at(), target.minus(used));
      }
      used = used.plus(counted);
    }
    if (due == null && metAt != null) {
      due = measure.plus(metAt, target.minus(used));
    }
    return new Deadline(due, metAt, target.minus(used));
  }

  private static int firstIndex(List<StatusChange> changes, Set<TicketStatus> states) {
    for (int i = 0; i < changes.size(); i++) {
      if (states.contains(changes.get(i).to())) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndex(List<StatusChange> changes, TicketStatus state) {
    for (int i = changes.size() - 1; i >= 0; i--) {
      if (changes.get(i).to() == state) {
        return i;
      }
    }
    return -1;
  }

  private interface Measure {
    Measure CALENDAR = new Measure() {
      @Override
      public Instant plus(Instant start, Duration amount) {
        return start.plus(amount);
      }

      @Override
      public Duration between(Instant start, Instant end) {
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
      }
    };

    Instant plus(Instant start, Duration amount);

    Duration between(Instant start, Instant end);
  }

  private record BusinessMeasure(BusinessCalendar calendar) implements Measure {
    @Override
    public Instant plus(Instant start, Duration amount) {
      return calendar.plusBusinessTime(start, amount);
    }

    @Override
    public Duration between(Instant start, Instant end) {
      return calendar.businessTimeBetween(start, end);
    }
  }
}
