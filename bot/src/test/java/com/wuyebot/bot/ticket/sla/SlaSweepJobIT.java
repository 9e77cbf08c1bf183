package com.wuyebot.bot.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sweep as Quartz runs it: a clustered JDBC job store whose firing records a breach. */
class SlaSweepJobIT extends RunningBot {

  @Autowired
  Scheduler scheduler;

  @Autowired
  TicketService tickets;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void schedulerIsClusteredOnTheDatabase() throws Exception {
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(scheduler.checkExists(SlaScheduling.SWEEP)).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers where job_name = 'sla-sweep'", Integer.class)).isEqualTo(1);
  }

  @Test
  void firingRecordsTheBreachOfAnOverdueTicket() throws Exception {
    Ticket ticket = tickets.open(new OpenTicketCommand("sla-job-" + UUID.randomUUID(), TicketType.REPAIR, "SLA作业",
        TicketPriority.URGENT, "阳光花园", "3栋2单元501", null, "电梯困人", List.of(), null, null, null, null,
        TicketChannel.WECHAT), "it");
    Timestamp monthAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
    jdbc.update("update ticket set created_at = ? where id = ?", monthAgo, ticket.id());
    jdbc.update("update ticket_history set occurred_at = ? where ticket_id = ?", monthAgo, ticket.id());

    scheduler.triggerJob(SlaScheduling.SWEEP);

    List<String> notices = List.of();
    for (int i = 0; i < 100 && notices.size() < 2; i++) {
      Thread.sleep(200);
      notices = jdbc.queryForList("select target || ' ' || kind from sla_notice where ticket_id = ? order by target",
          String.class, ticket.id());
    }
    assertThat(notices).containsExactly("RESOLUTION BREACH", "RESPONSE BREACH");
  }
}
