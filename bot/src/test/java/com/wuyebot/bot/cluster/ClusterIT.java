package com.wuyebot.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.console.ConsoleClient;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.testsupport.TestPostgres;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.Signing;
import com.wuyebot.integration.tools.WechatPushClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged jar, as operators run them: one PostgreSQL, one Redis, the local
 * fake WeChat API, configuration only from the environment. WeChat's retries of a message go to
 * the other instance; a resident handed to an agent through one instance shows live in a console
 * on the other. The last tests take the instances down: killed mid-ticket, then stopped
 * while a request is in flight.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration START = Duration.ofSeconds(240);
  private static final Pattern TICKET_NUMBER = Pattern.compile("BX\\d{8}-\\d{4}");

  private static FakeWechatApi api;
  private static ClusterRedis redis;
  private static TestPostgres.Database database;
  private static final String NOTICE_TEMPLATE = "tmpl-cluster-notice";

  private static Map<String, String> environment;
  private static BotProcess a;
  private static BotProcess b;

  @BeforeAll
  static void startCluster() {
    api = new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET).template(NOTICE_TEMPLATE).start();
    redis = ClusterRedis.start();
    database = TestPostgres.freshSchema();
    environment = Map.ofEntries(
        Map.entry("SPRING_PROFILES_ACTIVE", "cluster"),
        Map.entry("SPRING_DATASOURCE_URL", database.jdbcUrl()),
        Map.entry("SPRING_DATASOURCE_USERNAME", database.user()),
        Map.entry("SPRING_DATASOURCE_PASSWORD", ""),
        Map.entry("REDIS_URL", redis.url()),
        Map.entry("REDIS_NAMESPACE", "cluster-" + UUID.randomUUID()),
        Map.entry("REDIS_TIMEOUT", "300ms"),
        Map.entry("WECHAT_API_BASE_URL", api.baseUrl()),
        Map.entry("WECHAT_ACCOUNTS_0_APP_ID", TestAccounts.SAFE_APP_ID),
        Map.entry("WECHAT_ACCOUNTS_0_SECRET", TestAccounts.SAFE_SECRET),
        Map.entry("WECHAT_ACCOUNTS_0_TOKEN", TestAccounts.SAFE_TOKEN),
        Map.entry("WECHAT_ACCOUNTS_0_AES_KEY", TestAccounts.SAFE_AES_KEY),
        Map.entry("BOT_ADMIN_PASSWORD", "test-admin"),
        Map.entry("BOT_LOG_PSEUDONYM_KEY", "cluster-test-key"),
        Map.entry("BOT_SURVEY_DELAY", "2s"),
        Map.entry("BOT_SURVEY_QUIET_FROM", "00:00"),
        Map.entry("BOT_SURVEY_QUIET_UNTIL", "00:00"),
        Map.entry("BOT_NOTICE_TEMPLATE_TEMPLATE_ID", NOTICE_TEMPLATE),
        Map.entry("BOT_NOTICE_RATE_PER_SECOND", "100"),
        Map.entry("BOT_NOTICE_LEASE", "5s"),
        Map.entry("BOT_NOTICE_POLL", "200ms"),
        Map.entry("BOT_ESCALATION_AGENT_HOURS", "00:00-24:00"));
    a = new BotProcess("a", environment).start();
    b = new BotProcess("b", environment).start();
    a.awaitReady(START);
    b.awaitReady(START);
  }

  @AfterAll
  static void stopCluster() {
    for (BotProcess instance : new BotProcess[] {a, b}) {
      if (instance != null && instance.isAlive()) {
        instance.kill();
      }
    }
    if (redis != null) {
      redis.stop();
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  @Order(1)
  void aFaqEditOnOneInstanceIsAnsweredByTheOtherWithinTwoSeconds() {
    AdminApi onA = new AdminApi(a.port());
    String id = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(onA.put("/api/faq/" + id, faq(id, "补办门禁卡请带身份证到物业服务中心，工本费20元。")).status()).isIn(200, 201);
    // the first answers of a fresh instance also warm it up; the edit below is timed
    await().atMost(Duration.ofSeconds(15)).until(() -> say(b, "门禁卡丢了怎么补办").contains("工本费20元"));

    assertThat(onA.put("/api/faq/" + id, faq(id, "补办门禁卡现在免费，请到物业服务中心登记。")).status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(2)).until(() -> say(b, "门禁卡丢了怎么补办").contains("现在免费"));
  }

  @Test
  @Order(2)
  void aRetryReachingTheOtherInstanceOpensNoSecondTicket() throws Exception {
    String openId = TestAccounts.newOpenId();
    assertThat(say(a, openId, "3栋2单元502 厨房水管漏水了 今天下午在家")).contains("请核对报修信息");
    Envelope confirm = wechat(a).envelope(PushMessage.text(openId, "确认"));

    PushResult first = wechat(a).deliver(confirm);
    PushResult retry = wechat(b).deliver(confirm);

    assertThat(first.reply().content()).containsPattern(TICKET_NUMBER);
    assertThat(retry.status()).isEqualTo(200);
    if (retry.reply() != null && !retry.reply().content().isEmpty()) {
      assertThat(retry.reply().content()).isEqualTo(first.reply().content());
    }
    assertThat(ticketsOf(openId)).isEqualTo(1);
  }

  @Test
  @Order(3)
  void bothInstancesSendWithOneAccessToken() {
    String community = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    new AdminApi(a.port()).teamOnDutyAllWeek(community, "水电", "王师傅");
    int before = api.tokenFetches(TestAccounts.SAFE_APP_ID);
    for (BotProcess instance : new BotProcess[] {a, b}) {
      String openId = TestAccounts.newOpenId();
      say(instance, openId, "你好");
      new AdminApi(instance.port()).created("/api/tickets", AdminApi.repair(community, "水电", null)
          .replace("\"wxapp\"", "\"" + TestAccounts.SAFE_APP_ID + "\"").replace("\"o-resident\"", "\"" + openId + "\""));
      await().atMost(Duration.ofSeconds(10)).until(() -> !api.sentMessagesTo(openId).isEmpty());
    }

    assertThat(api.tokenFetches(TestAccounts.SAFE_APP_ID) - before).isLessThanOrEqualTo(1);
    assertThat(api.tokenFetches(TestAccounts.SAFE_APP_ID)).isEqualTo(1);
  }

  @Test
  @Order(4)
  void aSurveyPlannedOnTheQuartzClusterIsAskedOnce() throws Exception {
    String community = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    new AdminApi(a.port()).teamOnDutyAllWeek(community, "水电", "李师傅");
    String openId = TestAccounts.newOpenId();
    say(a, openId, "你好");
    String number = new AdminApi(a.port()).created("/api/tickets", AdminApi.repair(community, "水电", null)
        .replace("\"wxapp\"", "\"" + TestAccounts.SAFE_APP_ID + "\"").replace("\"o-resident\"", "\"" + openId + "\""))
        .get("number").asString();
    AdminApi onB = new AdminApi(b.port());
    assertThat(onB.post("/api/tickets/" + number + "/transitions", "{\"action\":\"START\"}").status()).isEqualTo(200);
    assertThat(onB.post("/api/tickets/" + number + "/transitions", "{\"action\":\"RESOLVE\",\"note\":\"已更换水管\"}").status())
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(40)).until(() -> surveysSentTo(openId) == 1);
    BotProcess.sleep(Duration.ofSeconds(5));

    assertThat(surveysSentTo(openId)).isEqualTo(1);
  }

  private static long surveysSentTo(String openId) {
    return api.sentMessagesTo(openId).stream()
        .filter(sent -> sent.content() != null && sent.content().contains("请为本次服务打个分")).count();
  }

  @Test
  @Order(5)
  void anEscalationThroughOneInstanceShowsLiveInAConsoleOnTheOtherWhoseReplyReachesTheResident() throws Exception {
    ConsoleClient agent = ConsoleClient.signedIn(b.port(), ConsoleClient.newUser(b.port(), ConsoleRole.AGENT));
    String openId = TestAccounts.newOpenId();
    long id;
    try (ConsoleEvents inboxOnB = new ConsoleEvents(agent.events("/console/stream"))) {
      assertThat(say(a, openId, "我要人工")).contains("已为您转接人工客服");
      id = single("select id from escalation where open_id = ? and status = 'WAITING'", openId);

      // each inbox event makes the console page fetch its rows once; earlier changes may come first
      String row = "data-id=\"" + id + "\"";
      String rows;
      do {
        inboxOnB.next("inbox", Duration.ofSeconds(60));
        rows = agent.get("/console/inbox/list").body();
      } while (!rows.contains(row));
      assertThat(rows).contains("/console/conversations/" + id + "/claim");
    }

    String conversation = "/console/conversations/" + id;
    assertThat(agent.post(conversation + "/claim", Map.of()).location()).endsWith(conversation);
    assertThat(agent.get(conversation).body()).contains("我要人工");
    String answer = "您好，门禁卡可以明天上午到物业服务中心领取。";
    assertThat(agent.post(conversation + "/reply", Map.of("text", answer)).location()).endsWith(conversation);

    assertThat(api.sentMessagesTo(openId)).extracting(SentMessage::content).contains(answer);
    assertThat(agent.post(conversation + "/close", Map.of()).location()).endsWith("/console");
  }

  @Test
  @Order(6)
  void withRedisDownUnderLoadBothInstancesKeepAnsweringAndRecoverWhenItReturns() throws Exception {
    FaqLoad load = FaqLoad.start(new BotProcess[] {a, b}, "门禁卡丢了怎么补办", "物业服务中心");
    BotProcess.sleep(Duration.ofSeconds(1));

    redis.stop();
    await().atMost(Duration.ofSeconds(10)).until(() -> a.healthStatus() == 503 && b.healthStatus() == 503);
    BotProcess.sleep(Duration.ofSeconds(2));
    redis.restart();
    await().atMost(Duration.ofSeconds(30)).until(() -> a.healthStatus() == 200 && b.healthStatus() == 200);
    BotProcess.sleep(Duration.ofSeconds(1));
    FaqLoad.Result result = load.stop();

    assertThat(result.answered()).isGreaterThan(20);
    assertThat(result.failures()).as("messages not answered while Redis went away and came back").isEmpty();
    Envelope message = wechat(a).envelope(PushMessage.subscribe(TestAccounts.newOpenId()));
    assertThat(wechat(a).deliver(message).reply().content()).contains("欢迎关注");
    assertThat(wechat(b).deliver(message).reply().content()).contains("欢迎关注");
  }

  @Test
  @Order(7)
  void aNoticeReachesEveryoneOnceWhenTheSendingInstanceIsKilledMidSend() throws Exception {
    List<String> residents = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String openId = TestAccounts.newOpenId();
      api.follower(openId);
      wechat(i % 2 == 0 ? a : b).push(PushMessage.subscribe(openId));
      residents.add(openId);
    }
    AdminApi onA = new AdminApi(a.port());
    long id = onA.created("/api/notices", "{\"appId\":\"" + TestAccounts.SAFE_APP_ID + "\",\"kind\":\"NOTICE\","
        + "\"title\":\"电梯年检\",\"body\":\"本周六上午电梯年检，请走楼梯。\",\"target\":{\"allFollowers\":true}}").get("id").asLong();
    onA.created("/api/notices/" + id + "/send", "{}");
    await().atMost(Duration.ofSeconds(30)).until(() -> noticesSent() >= 60);

    a.kill();

    AdminApi onB = new AdminApi(b.port());
    await().atMost(Duration.ofSeconds(90)).until(() -> {
      var statistics = onB.get("/api/notices/" + id + "/statistics").body();
      return statistics.get("pending").asInt() == 0 && statistics.get("status").asString().equals("SENT");
    });
    Map<String, Long> received = api.sentMessages().stream().filter(sent -> NOTICE_TEMPLATE.equals(sent.templateId()))
        .collect(java.util.stream.Collectors.groupingBy(SentMessage::toUser, java.util.stream.Collectors.counting()));
    assertThat(residents).allSatisfy(openId -> assertThat(received.get(openId)).as(openId).isEqualTo(1L));
    assertThat(received.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));

    a = new BotProcess("a-restarted", environment).start().awaitReady(START);
  }

  private static long noticesSent() {
    return api.sentMessages().stream().filter(sent -> NOTICE_TEMPLATE.equals(sent.templateId())).count();
  }

  @Test
  @Order(8)
  void anInstanceKilledWhileOpeningATicketLosesNothingAndDuplicatesNothing() throws Exception {
    String openId = TestAccounts.newOpenId();
    assertThat(say(a, openId, "5号楼1门301 卫生间下水道堵了 明天上午十点")).contains("请核对报修信息");
    Envelope confirm = wechat(a).envelope(PushMessage.text(openId, "确认"));
    CompletableFuture<PushResult> lost = CompletableFuture.supplyAsync(() -> wechat(a).deliver(confirm));
    BotProcess.sleep(Duration.ofMillis(100));

    a.kill();

    // WeChat retries twice, about 5 seconds apart; here the retries reach the surviving instance
    List<String> retries = new ArrayList<>();
    String confirmation = null;
    for (int attempt = 0; attempt < 3 && confirmation == null; attempt++) {
      BotProcess.sleep(Duration.ofSeconds(attempt == 0 ? 0 : 5));
      PushResult retry = wechat(b).deliver(confirm);
      retries.add(retry.status() + " " + (retry.reply() == null ? retry.body() : retry.reply().content()));
      if (retry.reply() != null && TICKET_NUMBER.matcher(retry.reply().content()).find()) {
        confirmation = retry.reply().content();
      }
    }
    if (confirmation == null) {
      // every retry was told "success": the surviving instance answers by customer-service message
      confirmation = await().atMost(Duration.ofSeconds(45)).until(() -> api.sentMessagesTo(openId).stream()
          .map(SentMessage::content).filter(content -> content != null && TICKET_NUMBER.matcher(content).find())
          .findFirst().orElse(null), java.util.Objects::nonNull);
    }
    lost.handle((result, error) -> null).get(10, TimeUnit.SECONDS);

    assertThat(confirmation).as("the resident is told the ticket number; retries got %s", retries).isNotNull();
    BotProcess.sleep(Duration.ofSeconds(2));
    assertThat(api.sentMessagesTo(openId).stream().map(SentMessage::content)
        .filter(content -> content != null && TICKET_NUMBER.matcher(content).find())).hasSizeLessThanOrEqualTo(1);
    assertThat(ticketsOf(openId)).isEqualTo(1);
    Matcher number = TICKET_NUMBER.matcher(confirmation);
    assertThat(number.find()).isTrue();
  }

  @Test
  @Order(9)
  void aStoppingInstanceFinishesTheRequestItIsReading() throws Exception {
    String openId = TestAccounts.newOpenId();
    Envelope envelope = wechat(b).envelope(PushMessage.text(openId, "你好"));
    byte[] body = envelope.body().getBytes(StandardCharsets.UTF_8);
    URI uri = wechat(b).requestUri(envelope, Signing.fresh());
    String target = uri.getRawPath() + "?" + uri.getRawQuery();
    try (Socket socket = new Socket("127.0.0.1", b.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=UTF-8\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      BotProcess.sleep(Duration.ofMillis(500));
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(b::stop);
      BotProcess.sleep(Duration.ofSeconds(1));

      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();
      String response = read(socket.getInputStream());

      assertThat(response).startsWith("HTTP/1.1 200").contains("<Encrypt>");
      stopping.get(60, TimeUnit.SECONDS);
    }
    assertThat(b.isAlive()).isFalse();
  }

  private static String faq(String id, String answer) {
    return "{\"id\":\"" + id + "\",\"category\":\"门禁\",\"question\":\"门禁卡丢了怎么补办？\",\"similar\":[\"门禁卡补办\"],"
        + "\"answer\":\"" + answer + "\",\"keywords\":[\"门禁卡\"]}";
  }

  private static String say(BotProcess instance, String text) {
    return say(instance, TestAccounts.newOpenId(), text);
  }

  private static String say(BotProcess instance, String openId, String text) {
    return TestAccounts.say(instance.port(), openId, text);
  }

  private static WechatPushClient wechat(BotProcess instance) {
    return TestAccounts.safe(instance.port());
  }

  private static long ticketsOf(String openId) throws SQLException {
    return single("select count(*) from ticket where open_id = ?", openId);
  }

  /** The one number a query about a resident finds. */
  private static long single(String sql, String openId) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, openId);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as(sql).isTrue();
        return rows.getLong(1);
      }
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
