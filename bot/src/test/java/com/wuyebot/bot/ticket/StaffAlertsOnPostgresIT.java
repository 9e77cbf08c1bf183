package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.BotApplication;
import com.wuyebot.bot.testsupport.FakeWecomRobot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.sla.SlaWatch;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.testsupport.TestPostgres;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Staff reminders with several instances on one PostgreSQL: sweeps running on two instances at
 * once send each SLA reminder once, and a digest missed while every instance was down runs once
 * when one starts again.
 *
 * <p>Quartz keeps one scheduler per name in a JVM, so the two instances here are two clusters of
 * one (their own scheduler names): what keeps a reminder single is the database (one notice row,
 * one notification row per recipient), which holds also when two firings do happen.
 */
class StaffAlertsOnPostgresIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final FakeWechatApi API =
      new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET).template("staff-tpl-1").start();
  private static final FakeWecomRobot ROBOT = new FakeWecomRobot();

  @AfterAll
  static void stop() {
    API.close();
    ROBOT.close();
  }

  @Test
  void sweepsOnTwoInstancesSendEachReminderOnce() throws Exception {
    TestPostgres.Database database = TestPostgres.freshSchema();
    try (ConfigurableApplicationContext a = instance(database, "sla-a-" + UUID.randomUUID());
        ConfigurableApplicationContext b = instance(database, "sla-b-" + UUID.randomUUID())) {
      StaffDirectory directory = a.getBean(StaffDirectory.class);
      String category = "超时-" + UUID.randomUUID().toString().substring(0, 8);
      Team team = directory.addTeam("水电组", null, List.of(category), ROBOT.webhook("sla-group"));
      Staff supervisor = directory.addMember(team.id(), "李主管", "13800002222", null, true);
      String supervisorOpenId = bind(directory, supervisor);
      Ticket ticket = a.getBean(TicketService.class).open(new OpenTicketCommand("two-sla-" + UUID.randomUUID(),
          TicketType.REPAIR, category, TicketPriority.URGENT, "阳光花园", "3栋2单元501", null, "电梯困人", List.of(), null,
          null, null, null, TicketChannel.WECHAT), "it");
      JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
      Timestamp monthAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
      jdbc.update("update ticket set created_at = ? where id = ?", monthAgo, ticket.id());
      jdbc.update("update ticket_history set occurred_at = ? where ticket_id = ?", monthAgo, ticket.id());

      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sweeps = new ArrayList<>();
        for (ConfigurableApplicationContext instance : List.of(a, b, a, b)) {
          sweeps.add(pool.submit(() -> {
            start.await();
            return instance.getBean(SlaWatch.class).sweep();
          }));
        }
        start.countDown();
        for (Future<Integer> sweep : sweeps) {
          sweep.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      int breaches = jdbc.queryForObject("select count(*) from sla_notice where ticket_id = ? and kind = 'BREACH'",
          Integer.class, ticket.id());
      assertThat(breaches).as("response and resolution both overdue").isEqualTo(2);
      Thread.sleep(1000);
      // the URGENT ticket found nobody on duty, so the supervisor also had its opening
      assertThat(API.sentMessagesTo(supervisorOpenId)).extracting(m -> m.dataValue("thing1"))
          .containsExactlyInAnyOrder("紧急工单", "已超时", "已超时");
      assertThat(ROBOT.textsTo("sla-group")).filteredOn(text -> text.contains("已超过")).hasSize(breaches);
    }
  }

  @Test
  void aDigestMissedWhileEveryInstanceWasDownIsSentOnceAtTheNextStart() throws Exception {
    TestPostgres.Database database = TestPostgres.freshSchema();
    String scheduler = "digest-" + UUID.randomUUID();
    long manager;
    String managerOpenId;
    String teamName = "水电组-" + UUID.randomUUID().toString().substring(0, 6);
    try (ConfigurableApplicationContext first = instance(database, scheduler)) {
      StaffDirectory directory = first.getBean(StaffDirectory.class);
      String category = "日报-" + UUID.randomUUID().toString().substring(0, 8);
      Team team = directory.addTeam(teamName, null, List.of(category));
      Staff member = directory.addMember(team.id(), "王经理", "13800003333", null, true);
      manager = member.id();
      managerOpenId = bind(directory, member);
      Ticket ticket = first.getBean(TicketService.class).open(new OpenTicketCommand("digest-" + UUID.randomUUID(),
          TicketType.REPAIR, category, TicketPriority.NORMAL, "阳光花园", "3栋2单元501", null, "楼道灯不亮", List.of(), null,
          null, null, null, TicketChannel.WECHAT), "it");
      Timestamp yesterdayNoon = Timestamp.from(LocalDate.now(SHANGHAI).minusDays(1).atTime(12, 0).atZone(SHANGHAI).toInstant());
      first.getBean(JdbcTemplate.class).update("update ticket set created_at = ?, team_id = ? where id = ?", yesterdayNoon,
          team.id(), ticket.id());
    }
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
        database.jdbcUrl(), database.user(), ""));
    long threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).toEpochMilli();
    assertThat(jdbc.update("update " + database.schema() + ".qrtz_triggers set next_fire_time = ? "
        + "where sched_name = ? and trigger_name = 'daily-digest'", threeDaysAgo, scheduler)).isEqualTo(1);

    try (ConfigurableApplicationContext second = instance(database, scheduler,
        "--bot.ticket.digest.managers=" + manager, "--bot.ticket.digest.wecom-webhook=" + ROBOT.webhook("managers"))) {
      List<String> texts = ROBOT.awaitTexts("managers", 1, Duration.ofSeconds(60));
      assertThat(texts).singleElement().asString().contains("工单日报", teamName + "：1 / 0 / 0");
      API.awaitSentMessage(m -> managerOpenId.equals(m.toUser()), Duration.ofSeconds(10));
      Thread.sleep(2000);
      assertThat(ROBOT.textsTo("managers")).hasSize(1);
      assertThat(API.sentMessagesTo(managerOpenId)).singleElement()
          .satisfies(m -> assertThat(m.dataValue("thing1")).isEqualTo("工单日报"));
      assertThat(second.getBean(JdbcTemplate.class).queryForList("select digest_day from staff_digest", LocalDate.class))
          .as("one firing for the missed days, about the day before it ran").containsExactly(LocalDate.now(SHANGHAI).minusDays(1));
    }
  }

  private static String bind(StaffDirectory directory, Staff member) {
    String openId = TestAccounts.newOpenId();
    API.follower(openId);
    directory.bind(directory.offerBinding(member.id(), Duration.ofMinutes(5)).code(), TestAccounts.SAFE_APP_ID, openId);
    return openId;
  }

  private static ConfigurableApplicationContext instance(TestPostgres.Database database, String scheduler, String... extra) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=" + database.user(), "--spring.datasource.password=",
        "--spring.flyway.schemas=" + database.schema(), "--wechat.api-base-url=" + API.baseUrl(),
        "--spring.quartz.scheduler-name=" + scheduler));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(BotApplication.class).profiles("test").run(args.toArray(String[]::new));
  }
}
