package com.wuyebot.bot.survey;

import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketResolved;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans the survey of every resolved repair and complaint: one row per ticket (a unique ticket
 * number, so a second resolution, a retried event or two instances never make a second survey) and
 * its Quartz triggers, committed together: the question after the delay (outside quiet hours) and
 * the closing of the ticket as not rated when no answer comes.
 */
@Component
class SurveyScheduler {

  private static final Logger log = LoggerFactory.getLogger(SurveyScheduler.class);

  private final SurveyRepository surveys;
  private final TicketService tickets;
  private final TimedSteps steps;
  private final SurveyTiming timing;
  private final SurveyProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;

  SurveyScheduler(SurveyRepository surveys, TicketService tickets, TimedSteps steps, SurveyProperties properties,
      TicketProperties ticketProperties, Clock clock, PlatformTransactionManager transactions) {
    this.surveys = surveys;
    this.tickets = tickets;
    this.steps = steps;
    this.timing = SurveyTiming.of(properties, ticketProperties.zone());
    this.properties = properties;
    this.clock = clock;
    // after the ticket's commit: a transaction of our own, else the writes would join the finished one
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener
  void onResolved(TicketResolved resolved) {
    try {
      plan(resolved.number());
    } catch (RuntimeException e) {
      log.error("Survey of ticket {} not planned", resolved.number(), e);
    }
  }

  /** The ticket's survey, planned now if it is a resolved repair or complaint without one. */
  Optional<Survey> plan(String number) {
    Ticket ticket = tickets.get(number);
    if (!surveyed(ticket) || ticket.resolvedAt() == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(transaction.execute(status -> planIn(ticket)));
    } catch (DataIntegrityViolationException e) {
      // planned at the same moment elsewhere: that survey is the one
      return surveys.findByTicketNumber(number);
    }
  }

  private Survey planIn(Ticket ticket) {
    Instant now = clock.instant();
    Optional<Survey> existing = surveys.findByTicketNumber(ticket.number());
    if (existing.isEmpty()) {
      Survey survey = surveys.saveAndFlush(new Survey(SurveySubject.of(ticket), timing.askAt(ticket.resolvedAt()), now));
      if (survey.status() == SurveyStatus.SCHEDULED) {
        steps.schedule(TimedSteps.Step.SURVEY_ASK, survey.id(), survey.askAt(), String.valueOf(survey.id()));
        log.info("Survey {} of ticket {} planned for {}", survey.id(), ticket.number(), survey.askAt());
      }
      scheduleClose(survey, ticket.resolvedAt());
      return survey;
    }
    Survey survey = existing.get();
    if (survey.status() == SurveyStatus.SKIPPED && survey.hasSomebodyToAsk()) {
      // it was reopened before its survey went out; this resolution gets the survey
      survey.reschedule(ticket.resolvedAt(), timing.askAt(ticket.resolvedAt()));
      steps.schedule(TimedSteps.Step.SURVEY_ASK, survey.id(), survey.askAt(), survey.id() + "-" + ticket.resolvedAt().toEpochMilli());
      log.info("Survey {} of ticket {} planned again for {}", survey.id(), ticket.number(), survey.askAt());
    }
    // one survey per ticket, but every resolution that nobody rates is closed in time
    scheduleClose(survey, ticket.resolvedAt());
    return survey;
  }

  private void scheduleClose(Survey survey, Instant resolvedAt) {
    steps.schedule(TimedSteps.Step.SURVEY_CLOSE, survey.id(), resolvedAt.plus(properties.closeAfter()),
        survey.id() + "-" + resolvedAt.toEpochMilli());
  }

  /** Repairs and complaints are followed up; suggestions and praise were thanked for when they came. */
  private static boolean surveyed(Ticket ticket) {
    return ticket.type() == TicketType.REPAIR || ticket.type() == TicketType.COMPLAINT;
  }
}
