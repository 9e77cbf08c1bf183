package com.wuyebot.bot.testsupport;

import com.wuyebot.integration.testsupport.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running bot on PostgreSQL: one fresh schema per test run, migrated by Flyway at start. */
public abstract class RunningBotOnPostgres extends RunningBot {

  protected static final TestPostgres.Database DATABASE = TestPostgres.freshSchema();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DATABASE::jdbcUrl);
    registry.add("spring.datasource.username", DATABASE::user);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", DATABASE::schema);
  }
}
