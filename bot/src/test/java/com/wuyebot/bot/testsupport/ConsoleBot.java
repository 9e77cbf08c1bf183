package com.wuyebot.bot.testsupport;

import org.springframework.test.context.TestPropertySource;

/**
 * The bot for console tests: agents answer round the clock, so a handoff queues whatever time the
 * tests run (after-hours behaviour has its own test); all console test classes share this context.
 */
@TestPropertySource(properties = {"bot.escalation.agent-hours=00:00-24:00", "bot.escalation.sweep-interval=1h"})
public abstract class ConsoleBot extends RunningBot {
}
