package com.wuyebot.bot.escalation;

import com.wuyebot.bot.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an agent sees beside the transcript.
 *
 * @param house          the house from the resident's latest ticket that names one, or null
 * @param maskedPhones   phone numbers the resident gave (in this chat or a ticket), masked 138****5678
 * @param openTickets    tickets not yet closed, newest first
 * @param pastTickets    closed, cancelled or merged tickets, newest first
 * @param windowClosesAt when the customer-service window closes; empty when it is closed
 * @param earlier        the resident's earlier escalations, newest first
 */
public record ResidentContext(String house, List<String> maskedPhones, List<Ticket> openTickets, List<Ticket> pastTickets,
    Optional<Instant> windowClosesAt, List<Escalation> earlier) {

  /** A ticket's description as agents see it at first: phone numbers masked, like the transcript. */
  public String shownDescription(Ticket ticket) {
    return PhoneNumbers.maskAll(ticket.description());
  }
}
