package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.FakeWecomRobot;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.SentMessage;
import java.time.DayOfWeek;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Staff bind in chat and hear about their work on WeChat and in their team's WeCom group, once each. */
class StaffNotificationIT extends RunningBot {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final FakeWecomRobot ROBOT = new FakeWecomRobot();

  @Autowired
  StaffDirectory directory;

  @Autowired
  TicketService tickets;

  @Autowired
  StaffNotifier notifier;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  static void staffTemplate() {
    api().template("staff-tpl-1");
  }

  @AfterAll
  static void stopRobot() {
    ROBOT.close();
  }

  @Test
  void aMemberBindsWithTheCodeAndHearsOfTheAssignmentOnWechatAndInTheGroup() {
    String robotKey = UUID.randomUUID().toString();
    Crew crew = crew(robotKey, "王师傅");
    AdminApi admin = new AdminApi(port);
    String code = admin.created("/api/staff/" + crew.members.get(0) + "/binding-code", "").get("code").asString();
    String openId = TestAccounts.newOpenId();
    api().follower(openId);

    assertThat(TestAccounts.say(port, openId, "员工绑定 " + code)).contains("绑定成功", "王师傅");
    assertThat(admin.get("/api/staff/" + crew.members.get(0)).body().get("appId").asString()).isEqualTo(TestAccounts.SAFE_APP_ID);
    assertThat(TestAccounts.say(port, openId, "员工绑定 " + code)).as("the code is used up").contains("绑定码不对或已过期");

    Ticket ticket = tickets.open(repair(crew, TicketPriority.NORMAL), "it");

    SentMessage template = api().awaitSentMessage(m -> openId.equals(m.toUser()), WAIT);
    assertThat(template.templateId()).isEqualTo("staff-tpl-1");
    assertThat(template.dataValue("character_string2")).isEqualTo(ticket.number());
    assertThat(template.dataValue("thing1")).isEqualTo("新派单");
    assertThat(template.dataValue("thing3")).isEqualTo(crew.community + "3栋2单元501");
    assertThat(ROBOT.awaitTexts(robotKey, 1, WAIT)).singleElement().asString()
        .contains(ticket.number(), crew.category, "请尽快联系住户处理");
    assertThat(awaitNotifications(ticket.number(), 2)).extracting(StaffNotification::channel, StaffNotification::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("TEMPLATE", StaffNotificationStatus.SENT),
            org.assertj.core.groups.Tuple.tuple("WECOM", StaffNotificationStatus.SENT));
  }

  @Test
  void aReassignmentTellsTheNewAssigneeAndARepeatedNoticeNobody() {
    String robotKey = UUID.randomUUID().toString();
    Crew crew = crew(robotKey, "王师傅", "李师傅");
    List<String> openIds = bindAll(crew);
    Ticket ticket = tickets.open(repair(crew, TicketPriority.NORMAL), "it");
    int first = crew.members.indexOf(ticket.assignee().id());
    int second = 1 - first;

    api().awaitSentMessage(m -> openIds.get(first).equals(m.toUser()), WAIT);
    tickets.assign(ticket.number(), crew.members.get(second), "it");
    api().awaitSentMessage(m -> openIds.get(second).equals(m.toUser()), WAIT);
    ROBOT.awaitTexts(robotKey, 2, WAIT);

    StaffNotice again = new StaffNotice(awaitNotifications(ticket.number(), 4).get(0).purpose(), ticket.number(), "新派单",
        "重复", List.of(crew.members.get(first)), crew.team);
    assertThat(notifier.notify(again)).isZero();
    assertThat(api().sentMessagesTo(openIds.get(first))).hasSize(1);
    assertThat(api().sentMessagesTo(openIds.get(second))).hasSize(1);
    assertThat(ROBOT.textsTo(robotKey)).hasSize(2);
  }

  @Test
  void anUrgentTicketReachesEveryOnDutyMemberAtOnce() {
    Crew crew = crew(null, "王师傅", "李师傅", "赵师傅");
    List<String> openIds = bindAll(crew);

    Ticket ticket = tickets.open(repair(crew, TicketPriority.URGENT), "it");

    for (String openId : openIds) {
      SentMessage message = api().awaitSentMessage(m -> openId.equals(m.toUser()), WAIT);
      assertThat(message.dataValue("thing1")).isEqualTo("紧急工单");
      assertThat(message.dataValue("character_string2")).isEqualTo(ticket.number());
    }
    assertThat(awaitNotifications(ticket.number(), 3)).hasSize(3);
  }

  @Test
  void anUrgeReachesTheAssigneeOncePerUrge() throws InterruptedException {
    Crew crew = crew(null, "王师傅");
    String openId = bindAll(crew).get(0);
    Ticket ticket = tickets.open(repair(crew, TicketPriority.NORMAL), "it");
    api().awaitSentMessage(m -> openId.equals(m.toUser()), WAIT);

    events.publishEvent(new TicketUrged(ticket.id(), ticket.number(), 1, TicketPriority.NORMAL));
    events.publishEvent(new TicketUrged(ticket.id(), ticket.number(), 1, TicketPriority.NORMAL));

    SentMessage urge = api().awaitSentMessage(m -> openId.equals(m.toUser()) && "住户催单".equals(m.dataValue("thing1")), WAIT);
    assertThat(urge.dataValue("character_string2")).isEqualTo(ticket.number());
    Thread.sleep(500);
    assertThat(api().sentMessagesTo(openId)).hasSize(2);
  }

  @Test
  void anUnboundMemberIsRecordedAsSkippedAndARefusingGroupWithItsErrcode() {
    String robotKey = UUID.randomUUID().toString();
    Crew crew = crew(robotKey, "王师傅");
    ROBOT.failNext(1, 93000);

    Ticket ticket = tickets.open(repair(crew, TicketPriority.NORMAL), "it");

    List<StaffNotification> recorded = awaitNotifications(ticket.number(), 2);
    assertThat(recorded).filteredOn(n -> n.channel().equals("TEMPLATE")).singleElement()
        .satisfies(n -> assertThat(n.status()).isEqualTo(StaffNotificationStatus.SKIPPED));
    assertThat(recorded).filteredOn(n -> n.channel().equals("WECOM")).singleElement()
        .satisfies(n -> {
          assertThat(n.status()).isEqualTo(StaffNotificationStatus.FAILED);
          assertThat(n.errcode()).isEqualTo(93000);
        });
    JsonNode listed = new AdminApi(port).get("/api/tickets/" + ticket.number() + "/staff-notifications").body();
    assertThat(listed).hasSize(2);
  }

  @Test
  void aGroupOverItsRateLimitGetsTheTextOnALaterAttempt() {
    String robotKey = UUID.randomUUID().toString();
    Crew crew = crew(robotKey, "王师傅");
    ROBOT.failNext(1, 45009);

    Ticket ticket = tickets.open(repair(crew, TicketPriority.NORMAL), "it");

    assertThat(ROBOT.awaitTexts(robotKey, 1, WAIT)).singleElement().asString().contains(ticket.number());
    assertThat(awaitNotifications(ticket.number(), 2)).filteredOn(n -> n.channel().equals("WECOM")).singleElement()
        .satisfies(n -> assertThat(n.status()).isEqualTo(StaffNotificationStatus.SENT));
  }

  @Test
  void anAttemptCutShortByAStoppedInstanceIsMadeAgain() {
    String robotKey = UUID.randomUUID().toString();
    String purpose = "cut-short:" + UUID.randomUUID();
    Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
    jdbc.update("""
        INSERT INTO staff_notification (purpose, channel, recipient, body, webhook, status, attempts, attempted_at, created_at)
        VALUES (?, 'WECOM', 'digest', '工单日报', ?, 'SENDING', 1, ?, ?)""", purpose, ROBOT.webhook(robotKey), longAgo, longAgo);

    assertThat(ROBOT.awaitTexts(robotKey, 1, WAIT)).containsExactly("工单日报");
    assertThat(notifier.notifyGroup(purpose, "digest", ROBOT.webhook(robotKey), "工单日报")).isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM staff_notification WHERE purpose = ?", String.class, purpose))
        .isEqualTo("SENT");
  }

  @Test
  void refusesAWrongCodeAndStopsAGuesser() {
    String openId = TestAccounts.newOpenId();

    assertThat(TestAccounts.say(port, openId, "员工绑定 000000")).contains("绑定码不对或已过期");
    assertThat(TestAccounts.say(port, openId, "员工绑定：abc")).contains("绑定码不对或已过期");
    for (int i = 0; i < 3; i++) {
      TestAccounts.say(port, openId, "员工绑定 12345" + i);
    }
    assertThat(TestAccounts.say(port, openId, "员工绑定 123459")).contains("尝试次数太多");
  }

  @Test
  void refusesABindingCodeForAnUnknownMemberAndABadRobotAddress() {
    AdminApi admin = new AdminApi(port);
    assertThat(admin.post("/api/staff/987654321/binding-code", "").status()).isEqualTo(404);
    assertThat(admin.post("/api/teams", "{\"name\":\"水电组\",\"categories\":[\"水电\"],\"wecomWebhook\":\"ftp://x\"}").status())
        .isEqualTo(400);
  }

  private List<StaffNotification> awaitNotifications(String number, int count) {
    List<StaffNotification> recorded = List.of();
    for (int i = 0; i < 100; i++) {
      recorded = notifier.recordedFor(number);
      if (recorded.size() >= count && recorded.stream().noneMatch(n -> n.status() == StaffNotificationStatus.SENDING)) {
        break;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return recorded;
  }

  /** A team of its own (community and category) whose members are on duty all week. */
  private Crew crew(String robotKey, String... names) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String category = "水电-" + suffix;
    Team team = directory.addTeam("水电组", "小区-" + suffix, List.of(category), robotKey == null ? null : ROBOT.webhook(robotKey));
    List<Long> members = new ArrayList<>();
    for (String name : names) {
      Staff member = directory.addMember(team.id(), name, "13800001234", null, false);
      for (DayOfWeek day : DayOfWeek.values()) {
        directory.addShift(member.id(), null, day, Shift.ALL_DAY);
      }
      members.add(member.id());
    }
    return new Crew(team.id(), team.community(), category, members);
  }

  private List<String> bindAll(Crew crew) {
    List<String> openIds = new ArrayList<>();
    for (Long member : crew.members) {
      String openId = TestAccounts.newOpenId();
      api().follower(openId);
      String code = directory.offerBinding(member, Duration.ofMinutes(5)).code();
      assertThat(TestAccounts.say(port, openId, "员工绑定 " + code)).contains("绑定成功");
      openIds.add(openId);
    }
    return openIds;
  }

  private static OpenTicketCommand repair(Crew crew, TicketPriority priority) {
    return new OpenTicketCommand("staff-it-" + UUID.randomUUID(), TicketType.REPAIR, crew.category, priority, crew.community,
        "3栋2单元501", null, "厨房水管漏水", List.of(), null, null, null, null, TicketChannel.WECHAT);
  }

  private record Crew(long team, String community, String category, List<Long> members) {
  }
}
