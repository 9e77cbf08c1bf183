package com.wuyebot.bot.escalation;

import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.TicketProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives idle conversations back to the bot and flags the ones nobody takes. Runs on every
 * instance: the conditional updates make each close and each alert happen once.
 */
@Component
class EscalationTimeouts {

  private static final Logger log = LoggerFactory.getLogger(EscalationTimeouts.class);

  private final Escalations escalations;
  private final EscalationNotices notices;
  private final CallbackTickets callbacks;
  private final EscalationProperties properties;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final ZoneId zone;

  EscalationTimeouts(Escalations escalations, EscalationNotices notices, CallbackTickets callbacks,
      EscalationProperties properties, Pseudonyms pseudonyms, Clock clock, TicketProperties ticketProperties) {
    this.escalations = escalations;
    this.notices = notices;
    this.callbacks = callbacks;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
    this.zone = ticketProperties.zone();
  }

  @Scheduled(initialDelayString = "${bot.escalation.sweep-interval:30s}", fixedDelayString = "${bot.escalation.sweep-interval:30s}")
  void sweep() {
    Instant now = clock.instant();
    Instant shortest = now.minus(properties.activeIdleTimeout().compareTo(properties.waitingTimeout()) < 0
        ? properties.activeIdleTimeout() : properties.waitingTimeout());
    escalations.openIdleSince(shortest).forEach(this::closeIfIdle);
    for (Escalation waiting : escalations.unclaimedSince(now.minus(properties.unclaimedAlertAfter()))) {
      if (escalations.markAlerted(waiting.id())) {
        log.warn("Escalation {} has waited since {} without an agent", waiting.id(), waiting.requestedAt());
      }
    }
  }

  /** Closes the conversation when it sat idle past its timeout; true when it is (now) closed. */
  boolean closeIfIdle(Escalation escalation) {
    if (!escalation.isIdleAt(clock.instant(), properties)) {
      return false;
    }
    if (!escalations.close(escalation.id(), "system", CloseReason.TIMEOUT)) {
      return true;
    }
    String ticket = null;
    if (escalation.status() == EscalationStatus.WAITING) {
      LocalDate day = LocalDate.ofInstant(escalation.requestedAt(), zone);
      ticket = callbacks.open(escalation.appId(), escalation.openId(), day, escalation.reason(), null).orElse(null);
    }
    log.info("Escalation {} of resident {} timed out ({})", escalation.id(), pseudonyms.of(escalation.openId()),
        escalation.status());
    notices.closed(escalation, CloseReason.TIMEOUT, ticket);
    return true;
  }
}
