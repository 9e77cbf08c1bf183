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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  /** Sweeps racing each other (as on two instances) record each notice once and none fails. */
  void concurrentSweepsRecordEachNoticeOnce() throws Exception {
    Ticket ticket = tickets.open(new OpenTicketCommand("sla-race-" + UUID.randomUUID(), TicketType.COMPLAINT,
        "SLA并发", TicketPriority.URGENT, "阳光花园", null, "3号电梯", "电梯困人", List.of(), null, null, null, null,
        TicketChannel.WECHAT), "it");
    Timestamp monthAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
    jdbc.update("update ticket set created_at = ? where id = ?", monthAgo, ticket.id());
    jdbc.update("update ticket_history set occurred_at = ? where ticket_id = ?", monthAgo, ticket.id());
    Instant now = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> sweeps = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sweeps.add(pool.submit(() -> {
          start.await();
          return watch.sweep(now);
        }));
      }
      start.countDown();
      for (Future<Integer> sweep : sweeps) {
        sweep.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(notices(ticket)).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("RESPONSE BREACH", "RESOLUTION BREACH");
  }

  private List<Map.Entry<String, Long>> notices(Ticket ticket) {
    return jdbc.query("select target, kind, recipient_staff_id from sla_notice where ticket_id = ? order by id",
        (rs, i) -> Map.entry(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)), ticket.id());
  }
}
