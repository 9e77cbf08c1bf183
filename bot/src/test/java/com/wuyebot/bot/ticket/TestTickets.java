package com.wuyebot.bot.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Tickets, teams and staff for unit tests, built through the same methods production uses. */
final class TestTickets {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final String STAFF = "admin";

  private TestTickets() {
  }

  static OpenTicketCommand leakInKitchen() {
    return new OpenTicketCommand("msg-1", TicketType.REPAIR, "管道", null, "阳光花园", "3栋2单元501", null,
        "厨房水管漏水", List.of("media-1"), "wxapp", "o-resident", "明天上午", null, TicketChannel.WECHAT);
  }

  static Ticket newTicket() {
    return new Ticket("BX20261126-0001", leakInKitchen(), "resident", CLOCK);
  }

  static Team plumbers() {
    return new Team("水电组", null, List.of("水电", "管道"), CLOCK.instant());
  }

  static Staff plumber() {
    return new Staff(plumbers(), "王师傅", "13800001234", null, false, CLOCK.instant());
  }

  /** A ticket brought into the status by legal steps (ON_HOLD from IN_PROGRESS, REOPENED after RESOLVED). */
  static Ticket ticketIn(TicketStatus status) {
    Ticket ticket = newTicket();
    switch (status) {
      case NEW -> { }
      case ASSIGNED -> ticket.assign(plumber(), STAFF, CLOCK);
      case IN_PROGRESS -> started(ticket);
      case ON_HOLD -> {
        started(ticket);
        ticket.hold("等配件", STAFF, CLOCK);
      }
      case RESOLVED -> resolved(ticket);
      case CLOSED -> {
        resolved(ticket);
        ticket.close(STAFF, CLOCK);
      }
      case REOPENED -> {
        resolved(ticket);
        ticket.reopen("没修好", "resident", CLOCK, java.time.Duration.ofDays(7));
      }
      case CANCELLED -> ticket.cancel("不需要了", "resident", CLOCK);
      case MERGED -> ticket.mergeInto(new Ticket("BX20261126-0099", leakInKitchen(), "resident", CLOCK), STAFF, CLOCK);
    }
    return ticket;
  }

  private static void started(Ticket ticket) {
    ticket.assign(plumber(), STAFF, CLOCK);
    ticket.start(STAFF, CLOCK);
  }

  private static void resolved(Ticket ticket) {
    started(ticket);
    ticket.resolve("换了阀门", STAFF, CLOCK);
  }
}
