package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA of tickets under the calendar and targets as they stand in the database. Both tables are
 * small (tens of rows) and read on each call, so an edit applies to the next question without a
 * restart and the same on every instance.
 */
@Service
public class TicketDeadlines {

  private final CalendarDayRepository days;
  private final SlaTargetRepository targets;
  private final TicketProperties ticketProperties;
  private final SlaProperties slaProperties;

  TicketDeadlines(CalendarDayRepository days, SlaTargetRepository targets, TicketProperties ticketProperties,
      SlaProperties slaProperties) {
    this.days = days;
    this.targets = targets;
    this.ticketProperties = ticketProperties;
    this.slaProperties = slaProperties;
  }

  @Transactional(readOnly = true)
  public BusinessCalendar calendar() {
    Map<LocalDate, DayKind> exceptions = days.findAll().stream()
        .collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
    return new BusinessCalendar(ticketProperties.zone(), slaProperties.hours(), exceptions);
  }

  /** Empty for a cancelled or merged ticket. Call inside the transaction that loaded the ticket. */
  @Transactional(readOnly = true)
  public Optional<SlaStatus> of(Ticket ticket) {
    return new SlaClock(calendar(), new SlaTargets(targets.findAll())).statusOf(SlaSubject.of(ticket));
  }
}
