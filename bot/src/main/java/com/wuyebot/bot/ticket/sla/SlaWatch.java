package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketQuery;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.sla.SlaNoticeRecorded.Kind;
import com.wuyebot.bot.ticket.sla.SlaNoticeRecorded.Target;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Looks at every ticket somebody still owes work on and records a warning shortly before a target
 * falls due (to the assignee) and a breach once it has (to the team's supervisor), each once: the
 * unique row in {@code sla_notice} decides, so sweeps may overlap, repeat or run on several
 * instances. A new notice is published as {@link SlaNoticeRecorded}, which {@link SlaAlerts} sends.
 */
@Service
public class SlaWatch {

  private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);
  private static final int PAGE = 200;

  private final TicketService tickets;
  private final StaffDirectory staff;
  private final TicketDeadlines deadlines;
  private final SlaProperties properties;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SlaWatch(TicketService tickets, StaffDirectory staff, TicketDeadlines deadlines, SlaProperties properties,
      JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
    this.tickets = tickets;
    this.staff = staff;
    this.deadlines = deadlines;
    this.properties = properties;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** @return how many notices this sweep recorded for the first time */
  public int sweep() {
    return sweep(clock.instant());
  }

  int sweep(Instant now) {
    int recorded = 0;
    for (TicketStatus status : TicketStatus.WORK_OWED) {
      for (int page = 0; ; page++) {
        Page<Ticket> batch = tickets.list(new TicketQuery(status, null, null, null, null, null, null), page, PAGE);
        for (Ticket listed : batch) {
          try {
            recorded += check(tickets.get(listed.number()), now);
          } catch (RuntimeException e) {
            // one ticket without a target (an edited table) must not stop the reminders of all others
            log.warn("SLA check of ticket {} failed; the sweep goes on", listed.number(), e);
          }
        }
        if (!batch.hasNext()) {
          break;
        }
      }
    }
    return recorded;
  }

  private int check(Ticket ticket, Instant now) {
    return deadlines.of(ticket).map(sla -> check(ticket, Target.RESPONSE, sla.response(), sla.target().response(), now)
        + check(ticket, Target.RESOLUTION, sla.resolution(), sla.target().resolution(), now)).orElse(0);
  }

  private int check(Ticket ticket, Target target, Deadline deadline, Duration length, Instant now) {
    if (deadline.isMet() || deadline.isPaused()) {
      return 0;
    }
    Instant due = deadline.due();
    if (now.isAfter(due)) {
      return record(ticket, target, Kind.BREACH, due, supervisorOf(ticket), now);
    }
    Duration lead = properties.warnBefore().compareTo(length.dividedBy(2)) < 0 ? properties.warnBefore() : length.dividedBy(2);
    if (!now.isBefore(due.minus(lead))) {
      Long assignee = ticket.assignee() != null ? ticket.assignee().id() : supervisorOf(ticket);
      return record(ticket, target, Kind.WARNING, due, assignee, now);
    }
    return 0;
  }

  private Long supervisorOf(Ticket ticket) {
    if (ticket.team() == null) {
      return null;
    }
    return staff.supervisorIds(ticket.team().id()).stream().findFirst().orElse(null);
  }

  private int record(Ticket ticket, Target target, Kind kind, Instant due, Long recipient, Instant now) {
    int inserted = jdbc.update("""
        INSERT INTO sla_notice (ticket_id, target, kind, due_at, recipient_staff_id, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
        ticket.id(), target.name(), kind.name(), Timestamp.from(due), recipient, Timestamp.from(now));
    if (inserted == 0) {
      return 0;
    }
    log.info("SLA {} {} of ticket {} (due {}) recorded for staff {}", target, kind, ticket.number(), due, recipient);
    events.publishEvent(new SlaNoticeRecorded(ticket.number(), target, kind, due, recipient));
    return 1;
  }
}
