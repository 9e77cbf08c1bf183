package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.messaging.MassJobFinished;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.tools.PushMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Notices end to end on the embedded database: API, targeting, sending, reports, sign-ups and outage answers. */
@TestPropertySource(properties = {"bot.notice.template.template-id=" + NoticeBot.TEMPLATE, "bot.notice.rate-per-second=0",
    "bot.notice.poll=200ms", "bot.notice.retry-first-delay=1s", "bot.notice.public-url=" + NoticeBot.PUBLIC_URL,
    "bot.notice.batch-size=2"})
class NoticeIT extends RunningBot {

  private static final String APP = TestAccounts.SAFE_APP_ID;

  @Autowired
  private ActivityReminders reminders;

  @Autowired
  private MassReports massReports;

  private NoticeFixture notices;
  private AdminApi admin;
  private String community;

  @BeforeAll
  static void templates() {
    api().template(NoticeBot.TEMPLATE);
  }

  @BeforeEach
  void setUp() {
    notices = new NoticeFixture(port, api());
    admin = notices.admin();
    community = notices.community();
    api().pushEventsTo(TestAccounts.safe(port));
  }

  @AfterAll
  static void stopReports() {
    api().pushEventsTo(null);
  }

  @Test
  void sendsToTheTargetedBuildingOnlyAndRecordsDeliveryReports() {
    List<String> building3 = List.of(follower("3栋", "1"), follower("3栋", "2"));
    String building5 = follower("5栋", "1");
    String unfollowed = follower("3栋", "1");
    api().unfollow(unfollowed);

    long id = create("""
        {"appId":"%s","kind":"NOTICE","title":"3栋电梯保养","body":"明天上午3栋电梯保养，请走楼梯。",
         "target":{"buildings":[{"community":"%s","building":"3栋"}]}}""".formatted(APP, community));
    JsonNode started = admin.created("/api/notices/" + id + "/send", "{}");
    assertThat(started.get("targeted").asInt()).isEqualTo(3);

    JsonNode statistics = awaitStatistics(id, s -> s.get("delivered").asInt() == 2 && s.get("pending").asInt() == 0);
    assertThat(statistics.get("failedByReason").get("UNSUBSCRIBED").asInt()).isEqualTo(1);
    assertThat(statistics.get("status").asString()).isEqualTo("SENT");
    SentMessage message = api().sentMessagesTo(building3.get(0)).stream()
        .filter(m -> NoticeBot.TEMPLATE.equals(m.templateId())).findFirst().orElseThrow();
    assertThat(message.dataValue("thing1")).isEqualTo("3栋电梯保养");
    assertThat(message.dataValue("phrase2")).isEqualTo("通知");
    assertThat(api().sentMessagesTo(building5)).isEmpty();
    assertThat(api().sentMessagesTo(unfollowed)).isEmpty();
    assertThat(admin.get("/api/notices/" + id + "/deliveries?status=FAILED").body().get(0).get("errorCode").asInt())
        .isEqualTo(43004);
  }

  @Test
  void retriesWhenWechatIsBusy() {
    String resident = follower("7栋", "1");
    long id = create(notice("7栋"));
    // WxJava retries -1 once by itself (test profile); the third answer succeeds on our own retry a second later
    api().failNext(FakeWechatApi.TEMPLATE_SEND, 2, -1);
    admin.created("/api/notices/" + id + "/send", "{}");
    awaitStatistics(id, s -> s.get("sent").asInt() == 1);
    assertThat(api().sentMessagesTo(resident)).hasSize(1);
    assertThat(admin.get("/api/notices/" + id + "/deliveries").body().get(0).get("attempts").asInt()).isEqualTo(2);
  }

  @Test
  void editsSchedulesAndCancelsOnlyBeforeSending() {
    long id = create(notice("1栋"));
    Instant night = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).atTime(23, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    JsonNode scheduled = admin.created("/api/notices/" + id + "/schedule", "{\"sendAt\":\"" + night + "\"}");
    assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
    assertThat(scheduled.get("warnings").get(0).get("code").asString()).isEqualTo("QUIET_HOURS");
    Instant noon = night.minus(11, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES);
    assertThat(admin.created("/api/notices/" + id + "/schedule", "{\"sendAt\":\"" + noon + "\"}").get("warnings")).isEmpty();

    AdminApi.Response edited = admin.put("/api/notices/" + id, notice("2栋").replace("电梯保养", "电梯保养（改期）"));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.body().get("title").asString()).contains("改期");
    assertThat(admin.created("/api/notices/" + id + "/cancel", "{}").get("status").asString()).isEqualTo("CANCELLED");

    AdminApi.Response late = admin.post("/api/notices/" + id + "/send", "{}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body().get("noticeStatus").asString()).isEqualTo("CANCELLED");
  }

  @Test
  void refusesBadRequestsWithProblemDetails() {
    assertThat(admin.post("/api/notices", "{\"appId\":\"" + APP + "\",\"kind\":\"NOTICE\",\"title\":\"\",\"body\":\"x\"}").status())
        .isEqualTo(400);
    assertThat(admin.post("/api/notices", "{\"kind\":\"HOLIDAY\"}").status()).isEqualTo(400);
    assertThat(admin.post("/api/notices", "not json").status()).isEqualTo(400);
    AdminApi.Response activityWithoutTime = admin.post("/api/notices", """
        {"appId":"%s","kind":"ACTIVITY","title":"包饺子","body":"冬至包饺子","target":{"allFollowers":true}}""".formatted(APP));
    assertThat(activityWithoutTime.status()).isEqualTo(400);
    assertThat(activityWithoutTime.body().get("detail").asString()).contains("startsAt");
    assertThat(admin.get("/api/notices/987654321").status()).isEqualTo(404);
    long id = create(notice("1栋"));
    assertThat(admin.post("/api/notices/" + id + "/schedule", "{\"sendAt\":\"2001-01-01T00:00:00Z\"}").status()).isEqualTo(400);
  }

  @Test
  void previewsToOneFollowerAndRefusesOthers() {
    String manager = TestAccounts.newOpenId();
    api().follower(manager);
    long id = create(notice("1栋"));
    JsonNode preview = admin.created("/api/notices/" + id + "/preview", "{\"openId\":\"" + manager + "\"}");
    assertThat(preview.get("msgId").asLong()).isPositive();
    assertThat(api().sentMessagesTo(manager)).singleElement().extracting(SentMessage::templateId).isEqualTo(NoticeBot.TEMPLATE);
    AdminApi.Response stranger = admin.post("/api/notices/" + id + "/preview", "{\"openId\":\"" + TestAccounts.newOpenId() + "\"}");
    assertThat(stranger.status()).isEqualTo(422);
    assertThat(stranger.body().get("errcode").asInt()).isEqualTo(40003);
    assertThat(admin.get("/api/notices/" + id).body().get("status").asString()).isEqualTo("DRAFT");
  }

  @Test
  void residentsSignUpByReplyWithAWaitingListAndAreReminded() {
    String first = follower("2栋", "1");
    String second = follower("2栋", "2");
    String notReached = TestAccounts.newOpenId();
    Instant startsAt = Instant.now().plus(90, ChronoUnit.MINUTES);
    long id = create("""
        {"appId":"%s","kind":"ACTIVITY","title":"冬至包饺子","body":"社区活动室一起包饺子",
         "activity":{"startsAt":"%s","place":"社区活动室","capacity":1,"signUp":true},
         "target":{"buildings":[{"community":"%s","building":"2栋"}]}}""".formatted(APP, startsAt, community));
    admin.created("/api/notices/" + id + "/send", "{}");
    awaitStatistics(id, s -> s.get("sent").asInt() == 2);

    assertThat(TestAccounts.say(port, first, "报名")).contains("报名成功", "冬至包饺子", "社区活动室");
    assertThat(TestAccounts.say(port, first, "报名！")).contains("已经报名");
    assertThat(TestAccounts.say(port, second, "我要报名")).contains("候补", "第1位");
    assertThat(TestAccounts.say(port, notReached, "报名")).doesNotContain("冬至包饺子");

    reminders.remindDue();
    api().awaitSentMessage(m -> first.equals(m.toUser()) && m.content() != null && m.content().contains("温馨提醒"),
        Duration.ofSeconds(10));

    assertThat(TestAccounts.say(port, first, "取消报名")).contains("已为您取消");
    api().awaitSentMessage(m -> second.equals(m.toUser()) && m.content() != null && m.content().contains("候补转为正式"),
        Duration.ofSeconds(10));
    JsonNode statistics = admin.get("/api/notices/" + id + "/statistics").body();
    assertThat(statistics.get("signUps").get("confirmed").asInt()).isEqualTo(1);
    assertThat(statistics.get("signUps").get("cancelled").asInt()).isEqualTo(1);
    assertThat(admin.get("/api/notices/" + id + "/signups").body().get(0).get("openId").asString()).isEqualTo(second);

    reminders.remindDue();
    assertThat(api().sentMessagesTo(first).stream().filter(m -> m.content() != null && m.content().contains("温馨提醒")))
        .as("a reminder goes out once").hasSize(1);
  }

  @Test
  void aMassNoticeShowsWhatWechatReportedOfItsJobOnceHoweverOftenItIsPushed() {
    // five recipients, claims of two: the sender tops its claim up so that they go in one mass job
    List<String> residents = List.of(follower("11栋", "1"), follower("11栋", "2"), follower("11栋", "3"),
        follower("11栋", "4"), follower("11栋", "5"));
    long id = create("""
        {"appId":"%s","kind":"NOTICE","title":"11栋停水","body":"明天上午11栋停水，请提前储水。",
         "target":{"buildings":[{"community":"%s","building":"11栋"}]},"channel":"MASS"}""".formatted(APP, community));
    admin.created("/api/notices/" + id + "/send", "{}");

    JsonNode mass = awaitStatistics(id, s -> s.get("massJobs").get("reported").asInt() == 1).get("massJobs");
    assertThat(List.of(mass.get("jobs").asInt(), mass.get("total").asInt(), mass.get("filtered").asInt(),
        mass.get("sent").asInt(), mass.get("errors").asInt())).containsExactly(1, 5, 5, 5, 0);
    assertThat(mass.get("jobsByOutcome").get("SUCCESS").asInt()).isEqualTo(1);
    SentMessage received = api().sentMessagesTo(residents.get(0)).get(0);
    assertThat(received.api()).isEqualTo(FakeWechatApi.MASS_SEND);

    // WeChat pushes the report again, and once more after the webhook's dedup has forgotten it
    TestAccounts.safe(port).push(PushMessage.massSendJobFinish(FakeWechatApi.MASS_EVENT_SENDER, received.msgId(), "send success",
        5, 5, 5, 0));
    massReports.onReport(new MassJobFinished(APP, received.msgId(), "send success", 5, 5, 5, 0));
    JsonNode again = admin.get("/api/notices/" + id + "/statistics").body().get("massJobs");
    assertThat(again.get("reported").asInt()).isEqualTo(1);
    assertThat(again.get("sent").asInt()).isEqualTo(5);
    assertThat(admin.get("/api/notices/" + id + "/statistics").body().get("delivered").asInt())
        .as("a mass job reports counts, not who received it").isZero();
  }

  @Test
  void aTemplateNoticeHasNoMassJobs() {
    follower("12栋", "1");
    long id = create(notice("12栋"));
    admin.created("/api/notices/" + id + "/send", "{}");

    JsonNode mass = awaitStatistics(id, s -> s.get("sent").asInt() == 1).get("massJobs");
    assertThat(mass == null || mass.isNull()).isTrue();
  }

  @Test
  void residentsOfABuildingWithAnOutageGetTheNoticeAsTheAnswer() {
    String affected = follower("9栋", "1");
    String neighbour = follower("10栋", "1");
    Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
    long id = create("""
        {"appId":"%s","kind":"OUTAGE","title":"9栋停水通知","body":"因管道维修，9栋今天上午停水。",
         "activity":{"startsAt":"%s","endsAt":"%s"},
         "target":{"buildings":[{"community":"%s","building":"9栋"}]}}""".formatted(APP, from, from.plus(4, ChronoUnit.HOURS),
        community));
    admin.created("/api/notices/" + id + "/send", "{}");
    awaitStatistics(id, s -> s.get("sent").asInt() == 1);

    assertThat(TestAccounts.say(port, affected, "怎么停水了？")).contains("9栋停水通知", "管道维修");
    assertThat(TestAccounts.say(port, neighbour, "怎么停水了")).doesNotContain("9栋停水通知");
  }

  @Test
  void reachesResidentsWhoBoundTheirHouseInTheChatHoweverTheBuildingIsWritten() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    TestAccounts.safe(port).push(PushMessage.subscribe(openId));
    AdminApi.Response imported = admin.postText("/api/households/import", "text/csv",
        "community,building,unit,room,name,phone\n" + community + ",3号楼,2单元,502,张三,13812345678\n");
    assertThat(imported.status()).isEqualTo(200);
    assertThat(TestAccounts.say(port, openId, "绑定房屋 " + community + " 3栋2单元502")).contains("手机");
    assertThat(TestAccounts.say(port, openId, "13812345678")).contains("绑定成功");

    long id = create(notice("三栋"));
    admin.created("/api/notices/" + id + "/send", "{}");

    awaitStatistics(id, s -> s.get("delivered").asInt() == 1 && s.get("pending").asInt() == 0);
    assertThat(api().sentMessagesTo(openId)).anyMatch(m -> NoticeBot.TEMPLATE.equals(m.templateId()));
  }

  @Test
  void targetsTaggedFollowersAndTaggingTwiceChangesNothing() {
    String tag = "老人-" + community.substring(community.length() - 8);
    String first = follower("13栋", "1");
    String second = follower("13栋", "2");
    follower("13栋", "3");
    String tagging = "{\"appId\":\"%s\",\"tag\":\"%s\",\"openIds\":[\"%s\",\"%s\"]}".formatted(APP, tag, first, second);
    assertThat(admin.post("/api/notice-audience/tags", tagging).body().get("tagged").asInt()).isEqualTo(2);
    assertThat(admin.post("/api/notice-audience/tags", tagging).status()).isEqualTo(200);

    JsonNode audience = admin.post("/api/notices/audience",
        "{\"appId\":\"%s\",\"target\":{\"tags\":[\"%s\"]}}".formatted(APP, tag)).body();
    assertThat(audience.get("followers").asInt()).isEqualTo(2);
  }

  private String follower(String building, String unit) {
    return notices.follower(building, unit);
  }

  private String notice(String building) {
    return """
        {"appId":"%s","kind":"NOTICE","title":"电梯保养","body":"明天上午电梯保养，请走楼梯。",
         "target":{"buildings":[{"community":"%s","building":"%s"}]}}""".formatted(APP, community, building);
  }

  private long create(String json) {
    return notices.create(json);
  }

  private JsonNode awaitStatistics(long id, Predicate<JsonNode> done) {
    return notices.awaitStatistics(id, done);
  }
}
