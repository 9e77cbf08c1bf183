package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Puts residents in the queue for an agent. In agent hours the resident learns their place and
 * the expected wait (place × average handling time ÷ agents online); outside them, when agents
 * return, and a callback ticket is opened (one per resident and day, however often they ask).
 */
@Service
class EscalationQueue implements HumanHandoff {

  private static final Logger log = LoggerFactory.getLogger(EscalationQueue.class);
  private static final DateTimeFormatter RETURN_TIME = DateTimeFormatter.ofPattern("M月d日 H:mm", Locale.CHINA);

  private final Escalations escalations;
  private final CallbackTickets callbacks;
  private final ConsoleUsers users;
  private final Wording wording;
  private final EscalationProperties properties;
  private final AgentHours hours;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  EscalationQueue(Escalations escalations, CallbackTickets callbacks, ConsoleUsers users, Wording wording,
      EscalationProperties properties, TicketProperties ticketProperties, Pseudonyms pseudonyms, Clock clock) {
    this.escalations = escalations;
    this.callbacks = callbacks;
    this.users = users;
    this.wording = wording;
    this.properties = properties;
    this.hours = AgentHours.of(properties, ticketProperties.zone());
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  @Override
  public String requestHuman(InboundMessage message, Reason reason) {
    Instant now = clock.instant();
    Optional<Escalation> open = escalations.openFor(message.appId(), message.openId());
    if (open.isPresent()) {
      escalations.recordFromResident(open.get(), message);
      return alreadyOpen(open.get());
    }
    if (!hours.isOpen(now)) {
      return afterHours(message, reason, now);
    }
    Escalations.Opened opened = escalations.open(message, reason);
    escalations.recordFromResident(opened.escalation(), message);
    if (!opened.isNew()) {
      return alreadyOpen(opened.escalation());
    }
    long ahead = escalations.waitingAhead(opened.escalation());
    log.info("Resident {} queued for an agent ({}), {} ahead", pseudonyms.of(message.openId()), reason, ahead);
    long minutes = expectedWait(ahead);
    return ahead == 0 ? wording.text("escalation.queuedNext", "minutes", minutes)
        : wording.text("escalation.queued", "ahead", ahead, "minutes", minutes);
  }

  private String alreadyOpen(Escalation escalation) {
    if (escalation.status() == EscalationStatus.ACTIVE) {
      return wording.text("escalation.stillActive", "agent", users.displayNameOf(escalation.agent()));
    }
    return wording.text("escalation.stillQueued", "ahead", escalations.waitingAhead(escalation));
  }

  private String afterHours(InboundMessage message, Reason reason, Instant now) {
    ZonedDateTime returns = hours.nextOpening(now);
    String returnsAt = returns.format(RETURN_TIME);
    if (reason == Reason.URGENT) {
      // the emergency already is an URGENT ticket and its on-duty staff were alerted: a callback would duplicate it
      log.info("Resident {} with an emergency after hours: no callback ticket", pseudonyms.of(message.openId()));
      return wording.text("escalation.afterHoursNoTicket", "returnsAt", returnsAt);
    }
    LocalDate day = now.atZone(hours.zone()).toLocalDate();
    Optional<String> ticket = callbacks.open(message.appId(), message.openId(), day, reason, message.text());
    log.info("Resident {} asked for an agent after hours ({}); callback ticket {}", pseudonyms.of(message.openId()),
        reason, ticket.orElse("not opened"));
    return ticket.map(number -> wording.text("escalation.afterHours", "returnsAt", returnsAt, "ticket", number))
        .orElseGet(() -> wording.text("escalation.afterHoursNoTicket", "returnsAt", returnsAt));
  }

  /** Whole minutes, at least one: place in the queue (counting this resident) over the agents online. */
  long expectedWait(long ahead) {
    int agents = Math.max(1, users.online().size());
    Duration wait = properties.averageHandleTime().multipliedBy(ahead + 1).dividedBy(agents);
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
