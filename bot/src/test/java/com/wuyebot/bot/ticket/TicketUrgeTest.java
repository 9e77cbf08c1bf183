package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuyebot.integration.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 催单: limited in time, and repeated urges raise the priority. */
class TicketUrgeTest {

  private static final Duration INTERVAL = Duration.ofMinutes(30);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));

  @Test
  void theSecondUrgeMakesTheTicketHighAndTheThirdUrgent() {
    Ticket ticket = TestTickets.newTicket();

    ticket.urge("resident", clock, INTERVAL);
    assertThat(ticket.priority()).isEqualTo(TicketPriority.NORMAL);
    clock.advance(INTERVAL);
    ticket.urge("resident", clock, INTERVAL);
    assertThat(ticket.priority()).isEqualTo(TicketPriority.HIGH);
    clock.advance(INTERVAL);
    ticket.urge("resident", clock, INTERVAL);

    assertThat(ticket.priority()).isEqualTo(TicketPriority.URGENT);
    assertThat(ticket.urges()).isEqualTo(3);
    assertThat(ticket.history()).filteredOn(change -> change.action() == TicketAction.URGE).hasSize(3);
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
  }

  @Test
  void anUrgeWithinTheIntervalIsRefusedAndSaysWhenTheNextIsAllowed() {
    Ticket ticket = TestTickets.newTicket();
    ticket.urge("resident", clock, INTERVAL);
    clock.advance(Duration.ofMinutes(29));

    assertThatThrownBy(() -> ticket.urge("resident", clock, INTERVAL))
        .isInstanceOfSatisfying(UrgedTooSoonException.class,
            e -> assertThat(e.nextAllowed()).isEqualTo(Instant.parse("2026-11-26T02:30:00Z")));
    assertThat(ticket.urges()).isEqualTo(1);
  }

  @Test
  void aResolvedOrCancelledTicketCannotBeUrged() {
    Ticket resolved = TestTickets.ticketIn(TicketStatus.RESOLVED);

    assertThatThrownBy(() -> resolved.urge("resident", clock, INTERVAL)).isInstanceOf(IllegalTicketTransitionException.class);
    assertThat(resolved.urges()).isZero();
  }

  @Test
  void anUrgentTicketStaysUrgent() {
    Ticket ticket = TestTickets.newTicket();
    for (int i = 0; i < 4; i++) {
      ticket.urge("resident", clock, INTERVAL);
      clock.advance(INTERVAL);
    }
    assertThat(ticket.priority()).isEqualTo(TicketPriority.URGENT);
  }
}
