package com.wuyebot.bot.survey;

import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketAction;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.wording.Wording;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A score of 1 or 2 is not the end of the ticket: it is reopened and given to the supervisor of the
 * team that did the work (the person who calls the resident back and decides what happens next), or
 * left to the team's queue when it has none. A ticket past its reopen window keeps its state and gets
 * an internal note. Either way an alert row records the low score for agents (the console lists them)
 * and {@link SurveyLowScored} is published; one alert per survey, however often this runs.
 */
@Component
class LowScoreFollowUp {

  private static final Logger log = LoggerFactory.getLogger(LowScoreFollowUp.class);

  private final TicketService tickets;
  private final StaffDirectory staff;
  private final SurveyAlertRepository alerts;
  private final ApplicationEventPublisher events;
  private final Wording wording;
  private final Clock clock;
  private final Duration reopenWindow;
  private final TransactionTemplate transaction;

  LowScoreFollowUp(TicketService tickets, StaffDirectory staff, SurveyAlertRepository alerts, ApplicationEventPublisher events,
      Wording wording, Clock clock, TicketProperties ticketProperties, PlatformTransactionManager transactions) {
    this.reopenWindow = ticketProperties.reopenWindow();
    this.tickets = tickets;
    this.staff = staff;
    this.alerts = alerts;
    this.events = events;
    this.wording = wording;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  void followUp(Survey survey) {
    if (alerts.findBySurveyId(survey.id()).isPresent()) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> {
        String reason = wording.text("survey.reopen-reason", "score", survey.score());
        SurveyAlert.FollowUp followUp;
        Long supervisorId = null;
        Ticket ticket = tickets.get(survey.ticketNumber());
        // checked before, not caught after: a refused step would mark this whole transaction for rollback
        if (canReopen(ticket)) {
          tickets.reopen(survey.ticketNumber(), reason, SurveyService.ACTOR);
          followUp = SurveyAlert.FollowUp.REOPENED;
          Optional<Staff> supervisor = supervisorOf(survey, ticket);
          if (supervisor.isPresent()) {
            tickets.assign(survey.ticketNumber(), supervisor.get().id(), SurveyService.ACTOR);
            supervisorId = supervisor.get().id();
          }
        } else {
          tickets.comment(survey.ticketNumber(), SurveyService.ACTOR, reason, false);
          followUp = SurveyAlert.FollowUp.COMMENTED;
        }
        SurveyAlert alert = alerts.saveAndFlush(new SurveyAlert(survey, followUp, supervisorId, clock.instant()));
        events.publishEvent(new SurveyLowScored(alert.id(), survey.ticketNumber(), survey.appId(), survey.openId(),
            survey.score(), survey.comment()));
        log.warn("Low score {} on ticket {}: {}{}", survey.score(), survey.ticketNumber(), followUp,
            supervisorId == null ? "" : " to supervisor " + supervisorId);
      });
    } catch (DataIntegrityViolationException e) {
      log.debug("Low score of survey {} was followed up already", survey.id());
    }
  }

  void commentAdded(Survey survey) {
    transaction.executeWithoutResult(status ->
        alerts.findBySurveyId(survey.id()).ifPresent(alert -> alert.comment(survey.comment())));
  }

  private boolean canReopen(Ticket ticket) {
    return TicketAction.REOPEN.allowedFrom(ticket.status()) && ticket.resolvedAt() != null
        && !clock.instant().isAfter(ticket.resolvedAt().plus(reopenWindow));
  }

  private Optional<Staff> supervisorOf(Survey survey, Ticket ticket) {
    Long teamId = survey.teamId() != null ? survey.teamId() : ticket.team() == null ? null : ticket.team().id();
    if (teamId == null) {
      return Optional.empty();
    }
    return staff.staff(teamId).stream().filter(Staff::isSupervisor).filter(Staff::isActive).findFirst();
  }
}
