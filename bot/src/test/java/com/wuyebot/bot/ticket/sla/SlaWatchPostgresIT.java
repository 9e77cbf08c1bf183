package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** SLA notices on PostgreSQL, where ON CONFLICT is native; {@link SlaWatchScenario} says what is checked. */
class SlaWatchPostgresIT extends RunningBotOnPostgres {

  @Autowired
  SlaWatch watch;

  @Autowired
  TicketDeadlines deadlines;

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory directory;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void warnsBeforeAndReportsTheBreachToTheSupervisorOnceEach() {
    new SlaWatchScenario(watch, deadlines, tickets, directory, jdbc).warnsBeforeAndReportsTheBreachToTheSupervisorOnceEach();
  }

  @Test
  void concurrentSweepsRecordEachNoticeOnce() throws Exception {
    new SlaWatchScenario(watch, deadlines, tickets, directory, jdbc).concurrentSweepsRecordEachNoticeOnce();
  }
}
