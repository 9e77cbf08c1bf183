package com.wuyebot.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.knowledge.FaqQuestionAsked;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.integration.testsupport.TestPostgres;
import com.wuyebot.knowledge.search.Decision;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The question tally with its community on both databases, without an application: the counts of
 * the tally before V61 move over as of no known community, and two instances counting questions of
 * the same communities sum per community.
 */
class FaqQuestionTallyIT {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);

  static Stream<Arguments> databases() {
    TestPostgres.Database postgres = TestPostgres.freshSchema();
    DriverManagerDataSource pg = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "");
    DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:tally-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    return Stream.of(Arguments.of("postgres", pg, postgres.schema()), Arguments.of("h2", h2, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void countsBeforeV61MoveOverAsOfNoKnownCommunity(String name, DataSource dataSource, String schema) {
    flyway(dataSource, schema).target("60").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into faq_question_day (asked_on, decision, asked) values (?, 'ANSWER', 7), (?, 'NONE', 3)",
        Date.valueOf(TODAY), Date.valueOf(TODAY));
    jdbc.update("insert into unanswered_question (app_id, question, decision, asked_at) values ('wx', '门禁卡怎么办', 'NONE', ?)",
        Timestamp.from(NOW));

    flyway(dataSource, schema).load().migrate();

    assertThat(jdbc.queryForList("select community || ':' || decision || ':' || asked from faq_question_tally "
        + "order by decision", String.class)).containsExactly(":ANSWER:7", ":NONE:3");
    assertThat(jdbc.queryForObject("select count(*) from unanswered_question where community is null", Long.class))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoInstancesSumTheirCountsPerCommunity(String name, DataSource dataSource, String schema) {
    flyway(dataSource, schema).load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    FaqQuestionTally first = tally(jdbc);
    FaqQuestionTally second = tally(jdbc);
    try {
      for (FaqQuestionTally tally : new FaqQuestionTally[] {first, second}) {
        tally.on(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "阳光花园"));
        tally.on(new FaqQuestionAsked("wx", Decision.Kind.NONE, "阳光花园"));
        tally.on(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "翠湖苑"));
        tally.on(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, null));
        tally.flush();
      }
      first.on(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, "阳光花园"));
      first.flush();
    } finally {
      first.stop();
      second.stop();
    }

    assertThat(jdbc.queryForList("select community || ':' || decision || ':' || asked from faq_question_tally "
        + "where asked_on = ?", String.class, Date.valueOf(TODAY)))
        .containsExactlyInAnyOrder(":ANSWER:2", "翠湖苑:ANSWER:2", "阳光花园:ANSWER:3", "阳光花园:NONE:2");
  }

  private static FaqQuestionTally tally(JdbcTemplate jdbc) {
    return new FaqQuestionTally(jdbc, Clock.fixed(NOW, ZONE), new TicketProperties(ZONE, Duration.ofDays(7), true));
  }

  private static FluentConfiguration flyway(DataSource dataSource, String schema) {
    FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    return schema == null ? flyway : flyway.schemas(schema);
  }
}
