package com.wuyebot.bot.ticket;

import com.wuyebot.bot.wording.Wording;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incidents: when residents of one building report the same outage (停水, 停电, 电梯) within the
 * window, their tickets are linked to one incident, and resolving the incident resolves every
 * linked ticket (each resident hears it through the usual resolution notice).
 *
 * <p>Two instances may look at the same building at once: the open incident's key is unique, so
 * the second insert does nothing and both link to the one row; linking only fills an empty link.
 */
@Service
public class IncidentDesk {

  private static final Logger log = LoggerFactory.getLogger(IncidentDesk.class);

  private final IncidentRepository incidents;
  private final TicketRepository ticketRows;
  private final TicketService tickets;
  private final StaffDirectory directory;
  private final StaffNotifier notifier;
  private final Wording wording;
  private final IncidentProperties properties;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "incidents"));

  IncidentDesk(IncidentRepository incidents, TicketRepository ticketRows, TicketService tickets, StaffDirectory directory,
      StaffNotifier notifier, Wording wording, IncidentProperties properties, JdbcTemplate jdbc, Clock clock,
      PlatformTransactionManager transactions) {
    this.incidents = incidents;
    this.ticketRows = ticketRows;
    this.tickets = tickets;
    this.directory = directory;
    this.notifier = notifier;
    this.wording = wording;
    this.properties = properties;
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** One incident with its linked tickets. */
  public record IncidentWithTickets(Incident incident, List<Ticket> tickets) {
  }

  @Transactional(readOnly = true)
  public List<Incident> list(Incident.Status status) {
    return status == null ? incidents.findTop100ByOrderByIdDesc() : incidents.findTop100ByStatusOrderByIdDesc(status);
  }

  @Transactional(readOnly = true)
  public IncidentWithTickets get(long id) {
    Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
    return new IncidentWithTickets(incident, ticketRows.findByIncidentIdOrderById(id));
  }

  /** Resolves the incident and every linked ticket still owed work; each resident is told after the commit. */
  @Transactional
  public IncidentWithTickets resolve(long id, String note, String by) {
    Incident incident = incidents.findForUpdate(id).orElseThrow(() -> new IncidentNotFoundException(id));
    incident.resolve(note, by, clock.instant());
    List<Ticket> linked = ticketRows.findByIncidentIdOrderById(id);
    for (Ticket ticket : linked) {
      if (TicketStatus.WORK_OWED.contains(ticket.status())) {
        tickets.resolveWithIncident(ticket, note, by);
      }
    }
    log.info("Incident {} resolved by {}", id, by);
    return new IncidentWithTickets(incident, linked);
  }

  @TransactionalEventListener
  void onOpened(TicketOpened opened) {
    if (!properties.enabled() || opened.type() != TicketType.REPAIR && opened.type() != TicketType.COMPLAINT) {
      return;
    }
    worker.execute(() -> {
      try {
        consider(opened.number());
      } catch (RuntimeException e) {
        log.error("Incident check of ticket {} failed", opened.number(), e);
      }
    });
  }

  /** Links the ticket to its building's open incident of its kind, or opens one when enough residents reported it. */
  Optional<Long> consider(String number) {
    Ticket ticket = tickets.get(number);
    Optional<String> kind = Outages.kindOf(ticket.category(), ticket.description(), properties.kinds());
    Optional<String> building = Outages.buildingOf(ticket.house());
    if (kind.isEmpty() || building.isEmpty() || !TicketStatus.WORK_OWED.contains(ticket.status()) || ticket.incidentId() != null) {
      return Optional.empty();
    }
    String key = ticket.community() + "|" + building.get() + "|" + kind.get();
    Optional<Long> open = openIncident(key);
    if (open.isPresent()) {
      link(open.get(), List.of(ticket.id()));
      return open;
    }
    Instant now = clock.instant();
    List<Ticket> reports = ticketRows.findByCommunityAndCreatedAtAfterAndIncidentIdIsNull(ticket.community(),
            now.minus(properties.window())).stream()
        .filter(t -> TicketStatus.WORK_OWED.contains(t.status()))
        .filter(t -> building.equals(Outages.buildingOf(t.house())))
        .filter(t -> kind.equals(Outages.kindOf(t.category(), t.description(), properties.kinds())))
        .toList();
    if (reports.size() < properties.minReports()) {
      return Optional.empty();
    }
    boolean created = jdbc.update("""
        INSERT INTO incident (open_key, community, building, kind, status, opened_at)
        VALUES (?, ?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING""",
        key, ticket.community(), building.get(), kind.get(), Timestamp.from(now)) == 1;
    Long id = openIncident(key).orElseThrow(() -> new IllegalStateException("Incident " + key + " vanished"));
    link(id, reports.stream().map(Ticket::id).toList());
    if (created) {
      log.info("Incident {} opened: {} reports of the same outage", id, reports.size());
      tellTheTeam(id, ticket, building.get(), kind.get(), reports.size());
    }
    return Optional.of(id);
  }

  private Optional<Long> openIncident(String key) {
    return jdbc.queryForList("SELECT id FROM incident WHERE open_key = ?", Long.class, key).stream().findFirst();
  }

  private void link(long incidentId, List<Long> ticketIds) {
    transaction.executeWithoutResult(status -> ticketIds.forEach(ticketId ->
        jdbc.update("UPDATE ticket SET incident_id = ? WHERE id = ? AND incident_id IS NULL", incidentId, ticketId)));
  }

  private void tellTheTeam(long id, Ticket ticket, String building, String kind, int reports) {
    if (ticket.team() == null) {
      return;
    }
    List<Long> supervisors = directory.supervisorIds(ticket.team().id());
    notifier.notify(new StaffNotice("incident:" + id, ticket.number(), wording.text("ticket.staff.incident-title"),
        wording.text("ticket.staff.incident", Map.of("community", ticket.community(), "building", building, "kind", kind,
            "count", reports, "incident", "#" + id)),
        supervisors, ticket.team().id()));
  }

  @PreDestroy
  void finishPending() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(10, TimeUnit.SECONDS);
  }
}
