package com.wuyebot.bot.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The bot for console tests: agents answer round the clock, so a handoff queues whatever time the
 * tests run (after-hours behaviour has its own test); all console test classes share this context.
 * Each test leaves no conversation open, so the next one starts with an empty inbox.
 */
@TestPropertySource(properties = {"bot.escalation.agent-hours=00:00-24:00", "bot.escalation.sweep-interval=1h"})
public abstract class ConsoleBot extends RunningBot {

  @Autowired
  protected JdbcTemplate jdbc;

  @AfterEach
  protected void closeOpenConversations() {
    jdbc.update("update escalation set status = 'CLOSED', open_resident = null, closed_at = current_timestamp, "
        + "closed_by = 'test', close_reason = 'AGENT' where status <> 'CLOSED'");
  }
}
