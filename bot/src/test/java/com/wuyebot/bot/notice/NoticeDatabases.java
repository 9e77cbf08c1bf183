package com.wuyebot.bot.notice;

import com.wuyebot.integration.testsupport.TestPostgres;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh, migrated PostgreSQL and H2 databases for notice stores tested without an application. */
final class NoticeDatabases {

  private NoticeDatabases() {
  }

  /** Arguments (name, data source) for a {@code @MethodSource}: one PostgreSQL schema and one H2 database. */
  static Stream<Arguments> both() {
    TestPostgres.Database postgres = TestPostgres.freshSchema();
    DriverManagerDataSource pg = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
    DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:notices-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    return Stream.of(Arguments.of("postgres", migrated(pg, postgres.schema())), Arguments.of("h2", migrated(h2, null)));
  }

  /** A notice row being sent through {@code channel}; returns its id. */
  static long notice(DataSource dataSource, NoticeChannel channel, Instant at) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO notice (app_id, kind, title, body, target, channel, status, created_by, created_at, updated_at) "
        + "VALUES (?, 'NOTICE', 't', 'b', '{}', ?, 'SENDING', 'test', ?, ?)", TestNotices.APP, channel.name(),
        at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC));
    return jdbc.queryForObject("SELECT MAX(id) FROM notice", Long.class);
  }

  private static DataSource migrated(DriverManagerDataSource dataSource, String schema) {
    var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (schema != null) {
      flyway.schemas(schema);
    }
    flyway.load().migrate();
    return dataSource;
  }
}
