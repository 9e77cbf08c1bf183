package com.wuyebot.bot.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeded calendar and targets as the application reads them, applied to a stored ticket. */
class TicketDeadlinesIT extends RunningBot {

  @Autowired
  TicketDeadlines deadlines;

  @Autowired
  TicketService tickets;

  @Test
  void readsTheSeededCalendar() {
    BusinessCalendar calendar = deadlines.calendar();

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(calendar.zone().getId()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void storedTicketGetsTheSeededTargetsOnTheCalendar() {
    Ticket opened = tickets.open(new OpenTicketCommand("sla-" + UUID.randomUUID(), TicketType.REPAIR, "SLA测试",
        TicketPriority.HIGH, "阳光花园", "3栋2单元501", null, "楼道灯不亮", List.of(), null, null, null, null,
        TicketChannel.WECHAT), "it");
    Ticket ticket = tickets.get(opened.number());

    SlaStatus sla = deadlines.of(ticket).orElseThrow();

    assertThat(sla.target().basis()).isEqualTo(TimeBasis.BUSINESS);
    assertThat(sla.target().response()).hasMinutes(60);
    assertThat(sla.response().due())
        .isEqualTo(deadlines.calendar().plusBusinessTime(ticket.createdAt(), sla.target().response()));
    assertThat(sla.resolution().due())
        .isEqualTo(deadlines.calendar().plusBusinessTime(ticket.createdAt(), sla.target().resolution()));
  }
}
