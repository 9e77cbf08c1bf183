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
@TestPropertySource(properties = {"bot.escalation.agent-hours=00:00-24:00", "bot.escalation.sweep-interval=1h",
    "bot.notice.template.template-id=" + ConsoleBot.NOTICE_TEMPLATE, "bot.notice.rate-per-second=0", "bot.notice.poll=200ms"})
public abstract class ConsoleBot extends RunningBot {

  /** The notice template of the notice console pages' tests. */
  public static final String NOTICE_TEMPLATE = "tpl-console-notice";

  @Autowired
  protected JdbcTemplate jdbc;

  @AfterEach
  protected void closeOpenConversations() {
    jdbc.update("update escalation set status = 'CLOSED', open_resident = null, closed_at = current_timestamp, "
        + "closed_by = 'test', close_reason = 'AGENT' where status <> 'CLOSED'");
  }
}
