package com.wuyebot.bot.survey;

import com.wuyebot.bot.messaging.OutboundMessage;
import com.wuyebot.bot.messaging.OutboundStatus;
import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.ticket.StaffNotice;
import com.wuyebot.bot.ticket.StaffNotifier;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketAssigned;
import com.wuyebot.bot.ticket.TicketCancelled;
import com.wuyebot.bot.ticket.TicketOpened;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.TicketWords;
import com.wuyebot.bot.wording.Wording;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before the visit time a resident chose (明天上午十点): read when the ticket is opened
 * or assigned, changed through the API (which moves the reminder), dropped when the ticket is
 * cancelled. The resident gets a message through the messenger, the assignee a staff notice. A
 * trigger carries the reminder time it was made for, so one left over from an earlier time does nothing.
 */
@Service
public class AppointmentReminders {

  private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final AppointmentRepository appointments;
  private final TicketService tickets;
  private final ResidentMessenger messenger;
  private final TimedSteps steps;
  private final Wording wording;
  private final SurveyProperties properties;
  private final AppointmentTimes times;
  private final ZoneId zone;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final StaffNotifier notifier;

  AppointmentReminders(AppointmentRepository appointments, TicketService tickets, ResidentMessenger messenger,
      StaffNotifier notifier, TimedSteps steps, Wording wording, SurveyProperties properties,
      TicketProperties ticketProperties, Clock clock, PlatformTransactionManager transactions) {
    this.appointments = appointments;
    this.tickets = tickets;
    this.messenger = messenger;
    this.notifier = notifier;
    this.steps = steps;
    this.wording = wording;
    this.properties = properties;
    this.zone = ticketProperties.zone();
    this.times = new AppointmentTimes(zone);
    this.clock = clock;
    // also called after a ticket's commit: a transaction of our own
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public Optional<Appointment> ofTicket(String number) {
    return appointments.findByTicketNumber(number);
  }

  @TransactionalEventListener
  void onOpened(TicketOpened opened) {
    guarded(opened.number(), () -> fromTicket(opened.number()));
  }

  @TransactionalEventListener
  void onAssigned(TicketAssigned assigned) {
    guarded(assigned.number(), () -> {
      if (appointments.findByTicketNumber(assigned.number()).isEmpty()) {
        fromTicket(assigned.number());
      }
      change(assigned.number(), a -> a.assignedTo(assigned.staffId(), assigned.staffName(), clock.instant()));
    });
  }

  @TransactionalEventListener
  void onCancelled(TicketCancelled cancelled) {
    guarded(cancelled.number(), () -> change(cancelled.number(), a -> a.cancel(clock.instant())));
  }

  /**
   * A new visit time, as words (read like the resident's) or as an instant; the reminder moves with it.
   *
   * @throws IllegalArgumentException when neither is given
   * @throws AppointmentClosedException when the ticket's work is over
   */
  public Appointment reschedule(String number, String said, Instant at) {
    if ((said == null || said.isBlank()) && at == null) {
      throw new IllegalArgumentException("Give the new time as words (time) or as an instant (at)");
    }
    Ticket ticket = tickets.get(number);
    if (ticket.status().isFinal() || ticket.status() == TicketStatus.RESOLVED) {
      throw new AppointmentClosedException(number, ticket.status());
    }
    Instant now = clock.instant();
    Instant visit = at != null ? at : times.read(said, now).orElse(null);
    return plan(ticket, said == null || said.isBlank() ? SHOWN.format(at.atZone(zone)) : said.strip(), visit);
  }

  /** The reminder of the time it was scheduled for; a leftover of an earlier time does nothing. */
  void remind(long id, long remindAtMillis) {
    Optional<Appointment> found = appointments.findById(id).filter(a -> a.isDue(remindAtMillis));
    if (found.isEmpty()) {
      return;
    }
    Appointment appointment = found.get();
    Ticket ticket = tickets.get(appointment.ticketNumber());
    TicketStatus status = ticket.status();
    if (status.isFinal() || status == TicketStatus.RESOLVED) {
      log.info("Appointment of ticket {} not reminded: the ticket is {}", appointment.ticketNumber(), status);
      change(appointment.ticketNumber(), a -> a.cancel(clock.instant()));
      return;
    }
    boolean resident = appointment.openId() != null && appointment.appId() != null && remindResident(appointment);
    boolean staff = appointment.staffId() != null;
    if (staff) {
      remindStaff(appointment, ticket);
    }
    transaction.executeWithoutResult(s -> appointments.findById(id).filter(a -> a.isDue(remindAtMillis))
        .ifPresent(a -> a.reminded(resident, staff, clock.instant())));
  }

  /** Through the dispatch feature's notifier: once per visit time, retried there when WeChat or WeCom fails. */
  private void remindStaff(Appointment appointment, Ticket ticket) {
    Map<String, Object> words = TicketWords.of(ticket, wording);
    words.put("time", SHOWN.format(appointment.visitAt().atZone(zone)));
    notifier.notify(new StaffNotice("appointment:%s:%d".formatted(ticket.number(), appointment.visitAt().getEpochSecond()),
        ticket.number(), wording.text("survey.appointment.staff-title"), wording.text("survey.appointment.staff-remind", words),
        List.of(appointment.staffId()), null));
  }

  private boolean remindResident(Appointment appointment) {
    String when = SHOWN.format(appointment.visitAt().atZone(zone));
    String text = wording.text("survey.appointment.remind", "number", appointment.ticketNumber(), "time", when,
        "worker", appointment.staffName() == null ? wording.text("survey.appointment.worker-unknown") : appointment.staffName());
    OutboundMessage sent = messenger.send(ResidentMessage.of(appointment.appId(), appointment.openId(),
        "appointment:%s:%d".formatted(appointment.ticketNumber(), appointment.visitAt().getEpochSecond()), text,
        new ResidentMessage.Template(properties.appointmentTemplateKind(),
            Map.of("number", appointment.ticketNumber(), "time", when))));
    return sent.status() != OutboundStatus.FAILED;
  }

  private void fromTicket(String number) {
    Ticket ticket = tickets.get(number);
    if (ticket.preferredAt() == null && (ticket.preferredTime() == null || ticket.preferredTime().isBlank())) {
      return;
    }
    Instant visit = ticket.preferredAt() != null ? ticket.preferredAt()
        : times.read(ticket.preferredTime(), ticket.createdAt()).orElse(null);
    if (appointments.findByTicketNumber(number).isEmpty()) {
      plan(ticket, ticket.preferredTime(), visit);
    }
  }

  private Appointment plan(Ticket ticket, String said, Instant visit) {
    Instant now = clock.instant();
    try {
      return transaction.execute(status -> {
        Appointment appointment = appointments.findByTicketNumber(ticket.number())
            .orElseGet(() -> new Appointment(ticket.number(), ticket.appId(), ticket.openId(), now));
        if (appointment.staffId() == null && ticket.assignee() != null) {
          appointment.assignedTo(ticket.assignee().id(), ticket.assignee().name(), now);
        }
        Instant before = appointment.remindAt();
        appointment.setTime(said, visit, properties.appointmentRemindBefore(), now);
        Appointment saved = appointments.saveAndFlush(appointment);
        if (before != null && !before.equals(saved.remindAt())) {
          steps.unschedule(TimedSteps.Step.APPOINTMENT_REMIND, saved.id() + "-" + before.toEpochMilli());
        }
        if (saved.status() == Appointment.Status.SCHEDULED) {
          steps.schedule(TimedSteps.Step.APPOINTMENT_REMIND, saved.id(), saved.remindAt(),
              saved.id() + "-" + saved.remindAt().toEpochMilli());
        }
        log.info("Appointment of ticket {}: {} (reminder {})", ticket.number(), saved.status(), saved.remindAt());
        return saved;
      });
    } catch (DataIntegrityViolationException e) {
      // the opening and the assignment of the same ticket planned it at once: one row stands
      return appointments.findByTicketNumber(ticket.number()).orElseThrow(() -> e);
    }
  }

  private void change(String number, Consumer<Appointment> change) {
    transaction.executeWithoutResult(status -> appointments.findByTicketNumber(number).ifPresent(a -> {
      Instant before = a.remindAt();
      change.accept(a);
      if (before != null && a.remindAt() == null) {
        steps.unschedule(TimedSteps.Step.APPOINTMENT_REMIND, a.id() + "-" + before.toEpochMilli());
      }
    }));
  }

  private static void guarded(String number, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.error("Appointment of ticket {} not updated", number, e);
    }
  }
}
