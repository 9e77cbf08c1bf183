package com.wuyebot.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.knowledge.FaqQuestionAsked;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.knowledge.search.Decision;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's queries and the question tally on PostgreSQL. */
class DashboardPostgresIT extends RunningBotOnPostgres {

  @Autowired
  Dashboard dashboard;
  @Autowired
  DashboardRanges ranges;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationEventPublisher events;

  @Test
  void everyFigureIsCountedOnPostgres() {
    String community = "PG小区-" + UUID.randomUUID().toString().substring(0, 8);
    AdminApi admin = new AdminApi(port);
    admin.teamOnDutyAllWeek(community, "水电", "李师傅");
    String number = admin.created("/api/tickets", AdminApi.repair(community, "水电", null)).get("number").asString();
    admin.created("/api/tickets", AdminApi.repair(community, "水电", null));
    jdbc.update("insert into sla_notice (ticket_id, target, kind, due_at, recorded_at) select id, 'RESPONSE', 'BREACH', "
        + "current_timestamp, current_timestamp from ticket where ticket_number = ?", number);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into survey (ticket_number, category, community, status, resolved_at, ask_at, asked_at, score, "
        + "answered_at, created_at) values (?, '水电', ?, 'ANSWERED', ?, ?, ?, 5, ?, ?)", "PG" + number, community,
        now, now, now, now, now);
    jdbc.update("insert into escalation (app_id, open_id, reason, status, agent, requested_at, claimed_at, last_activity_at, "
        + "closed_at, closed_by, close_reason) values ('wx', ?, 'ASKED', 'CLOSED', 'pg-agent', ?, ?, ?, ?, 'pg-agent', 'AGENT')",
        "o-" + UUID.randomUUID(), now, now, now, now);
    events.publishEvent(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, null));
    events.publishEvent(new FaqQuestionAsked("wx", Decision.Kind.ANSWER, community));
    events.publishEvent(new FaqQuestionAsked("wx", Decision.Kind.NONE, community));
    DashboardRange range = ranges.of(community, null, null);

    await().atMost(Duration.ofSeconds(5)).until(() -> dashboard.tables(range).faq().asked() >= 2);
    Dashboard.Tables tables = dashboard.tables(range);
    Dashboard.Charts charts = dashboard.charts(range);

    assertThat(tables.tickets()).isEqualTo(2);
    assertThat(Arrays.stream(charts.ticketsByType().get("报修")).sum()).isEqualTo(2);
    assertThat(tables.sla()).singleElement().satisfies(team -> {
      assertThat(team.tickets()).isEqualTo(2);
      assertThat(team.responseCompliance()).isEqualTo(50);
    });
    assertThat(tables.satisfaction().get(tables.satisfaction().size() - 1).csat()).isEqualTo(100);
    assertThat(tables.faq().asked()).isEqualTo(2);
    assertThat(tables.faq().answered()).isEqualTo(1);
    assertThat(tables.agents()).anySatisfy(agent -> {
      assertThat(agent.agent()).isEqualTo("pg-agent");
      assertThat(agent.claimed()).isEqualTo(1);
      assertThat(agent.closed()).isEqualTo(1);
    });
    assertThat(tables.staff()).anySatisfy(staff -> {
      assertThat(staff.staff()).isEqualTo("李师傅");
      assertThat(staff.openTickets()).isEqualTo(2);
    });
    assertThat(dashboard.communities()).contains(community);
  }

  @Test
  void questionsOfResidentsBoundInTwoCommunitiesAreCountedAndListedPerCommunity() {
    AskingResidents.knowledgeBaseReady(port);
    String sunny = AskingResidents.newCommunity("PG问答甲");
    String lake = AskingResidents.newCommunity("PG问答乙");
    String ofSunny = AskingResidents.boundIn(port, sunny);
    String ofLake = AskingResidents.boundIn(port, lake);
    // fixed words the test knowledge base does not answer: a number in them can read as a ticket (进度), no FAQ question
    String sunnyQuestion = "火星基地的通行证怎么申请";
    String lakeQuestion = "土星基地的通行证怎么申请";
    // asked first, so it is counted and recorded by the time the residents' questions are
    TestAccounts.say(port, TestAccounts.newOpenId(), lakeQuestion + "呢");
    assertThat(TestAccounts.say(port, ofSunny, "物业费在哪里交？")).contains("生活缴费");
    TestAccounts.say(port, ofSunny, sunnyQuestion);
    TestAccounts.say(port, ofLake, lakeQuestion);
    DashboardRange sunnyRange = ranges.of(sunny, null, null);
    DashboardRange lakeRange = ranges.of(lake, null, null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertThat(dashboard.tables(sunnyRange).faq().asked()).isGreaterThanOrEqualTo(2);
      assertThat(dashboard.tables(lakeRange).faq().asked()).isGreaterThanOrEqualTo(1);
      assertThat(dashboard.tables(sunnyRange).topQuestions()).isNotEmpty();
      assertThat(dashboard.tables(lakeRange).topQuestions()).isNotEmpty();
    });
    Dashboard.Tables ofSunnyResidents = dashboard.tables(sunnyRange);
    Dashboard.Tables ofLakeResidents = dashboard.tables(lakeRange);

    assertThat(ofSunnyResidents.faq().asked()).isEqualTo(2);
    assertThat(ofSunnyResidents.faq().answered()).isEqualTo(1);
    assertThat(ofSunnyResidents.faq().rate()).isEqualTo(50);
    assertThat(ofLakeResidents.faq().asked()).isEqualTo(1);
    assertThat(ofLakeResidents.faq().rate()).isZero();
    assertThat(ofSunnyResidents.topQuestions()).singleElement().satisfies(group -> {
      assertThat(group.question()).isEqualTo(sunnyQuestion);
      assertThat(group.count()).isEqualTo(1);
    });
    assertThat(ofLakeResidents.topQuestions()).singleElement().satisfies(group -> {
      assertThat(group.question()).isEqualTo(lakeQuestion);
      assertThat(group.count()).as("the same question of a resident of no known community is not theirs").isEqualTo(1);
    });
    assertThat(dashboard.communities()).contains(sunny, lake);
  }
}
