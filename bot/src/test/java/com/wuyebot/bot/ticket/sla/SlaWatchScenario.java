package com.wuyebot.bot.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Warnings and breaches are recorded once, whatever the number of sweeps: the same on H2 and PostgreSQL. */
record SlaWatchScenario(SlaWatch watch, TicketDeadlines deadlines, TicketService tickets, StaffDirectory directory,
    JdbcTemplate jdbc) {

  void warnsBeforeAndReportsTheBreachToTheSupervisorOnceEach() {
    String category = "SLA巡检-" + UUID.randomUUID().toString().substring(0, 8);
    Team team = directory.addTeam("SLA组-" + UUID.randomUUID().toString().substring(0, 8), null, List.of(category));
    Staff supervisor = directory.addMember(team.id(), "李主管", "13800001111", null, true);
    Ticket ticket = tickets.get(tickets.open(new OpenTicketCommand("sla-watch-" + UUID.randomUUID(), TicketType.REPAIR,
        category, TicketPriority.NORMAL, "阳光花园", "3栋2单元501", null, "楼道灯不亮", List.of(), null, null, null, null,
        TicketChannel.WECHAT), "it").number());
    SlaStatus sla = deadlines.of(ticket).orElseThrow();

    Instant beforeWarning = sla.response().due().minus(Duration.ofMinutes(31));
    watch.sweep(beforeWarning);
    assertThat(notices(ticket)).isEmpty();

    Instant warningTime = sla.response().due().minus(Duration.ofMinutes(10));
    watch.sweep(warningTime);
    watch.sweep(warningTime.plusSeconds(60));
    assertThat(notices(ticket)).containsExactly(Map.entry("RESPONSE WARNING", supervisor.id()));

    Instant afterBoth = sla.resolution().due().plusSeconds(60);
    watch.sweep(afterBoth);
    watch.sweep(afterBoth);
    assertThat(notices(ticket)).containsExactlyInAnyOrder(
        Map.entry("RESPONSE WARNING", supervisor.id()),
        Map.entry("RESPONSE BREACH", supervisor.id()),
        Map.entry("RESOLUTION BREACH", supervisor.id()));
  }

  private List<Map.Entry<String, Long>> notices(Ticket ticket) {
    return jdbc.query("select target, kind, recipient_staff_id from sla_notice where ticket_id = ? order by id",
        (rs, i) -> Map.entry(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)), ticket.id());
  }
}
