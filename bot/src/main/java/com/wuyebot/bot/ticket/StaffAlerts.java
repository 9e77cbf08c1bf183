package com.wuyebot.bot.ticket;

import com.wuyebot.bot.wording.Wording;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells staff what the ticket lifecycle asks of them: a new (re)assignment to its assignee, an
 * URGENT ticket to every on-duty member of its team at once, a resident's urge (催单) to the
 * assignee. After the change commits and off the caller's thread; {@link StaffNotifier} records
 * each notice once, so a repeated event sends nothing twice.
 */
@Component
class StaffAlerts {

  private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);
  private final StaffNotifier notifier;
  private final TicketService tickets;
  private final TicketDispatcher dispatcher;
  private final StaffDirectory directory;
  private final Wording wording;
  private final Clock clock;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "staff-alerts"));

  StaffAlerts(StaffNotifier notifier, TicketService tickets, TicketDispatcher dispatcher, StaffDirectory directory,
      Wording wording, Clock clock) {
    this.notifier = notifier;
    this.tickets = tickets;
    this.dispatcher = dispatcher;
    this.directory = directory;
    this.wording = wording;
    this.clock = clock;
  }

  @TransactionalEventListener
  void onAssigned(TicketAssigned assigned) {
    run("assignment of " + assigned.number(), () -> {
      Ticket ticket = tickets.get(assigned.number());
      // the history line of this assignment: a later reassignment, even back to the same member, is a new notice
      Long assignment = ticket.history().stream().filter(change -> change.action() == TicketAction.ASSIGN)
          .reduce((first, second) -> second).map(TicketChange::id).orElse(0L);
      boolean urgent = ticket.priority() == TicketPriority.URGENT;
      notifier.notify(new StaffNotice("assigned:%s:%d".formatted(ticket.number(), assignment), ticket.number(),
          wording.text(urgent ? "ticket.staff.urgent-title" : "ticket.staff.assigned-title"),
          wording.text(urgent ? "ticket.staff.urgent" : "ticket.staff.assigned", describe(ticket)),
          List.of(assigned.staffId()), teamId(ticket)));
    });
  }

  @TransactionalEventListener
  void onOpened(TicketOpened opened) {
    run("opening of " + opened.number(), () -> {
      Ticket ticket = tickets.get(opened.number());
      if (ticket.priority() != TicketPriority.URGENT || ticket.team() == null) {
        return;
      }
      Long assignee = ticket.assignee() == null ? null : ticket.assignee().id();
      List<Long> onDuty = dispatcher.onDuty(ticket.team(), clock.instant()).stream().map(Staff::id)
          .filter(id -> !id.equals(assignee)).toList();
      List<Long> recipients = onDuty.isEmpty() && assignee == null ? supervisors(ticket.team()) : onDuty;
      // the team's group heard of an assignment already; without one it hears of the ticket here
      notifier.notify(new StaffNotice("urgent:" + ticket.number(), ticket.number(), wording.text("ticket.staff.urgent-title"),
          wording.text("ticket.staff.urgent", describe(ticket)), recipients, assignee == null ? ticket.team().id() : null));
    });
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onUrged(TicketUrged urged) {
    run("urge of " + urged.number(), () -> {
      Ticket ticket = tickets.get(urged.number());
      List<Long> recipients = ticket.assignee() != null ? List.of(ticket.assignee().id())
          : ticket.team() != null ? supervisors(ticket.team()) : List.of();
      Map<String, Object> values = describe(ticket);
      values.put("urges", urged.urges());
      notifier.notify(new StaffNotice("urged:%s:%d".formatted(ticket.number(), urged.urges()), ticket.number(),
          wording.text("ticket.staff.urged-title"), wording.text("ticket.staff.urged", values), recipients, teamId(ticket)));
    });
  }

  private List<Long> supervisors(Team team) {
    return directory.supervisorIds(team.id());
  }

  private Map<String, Object> describe(Ticket ticket) {
    return TicketWords.of(ticket, wording);
  }

  private static Long teamId(Ticket ticket) {
    return ticket.team() == null ? null : ticket.team().id();
  }

  private void run(String what, Runnable task) {
    sender.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("Staff notice for the {} failed", what, e);
      }
    });
  }

  @PreDestroy
  void finishPending() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(10, TimeUnit.SECONDS);
  }
}
