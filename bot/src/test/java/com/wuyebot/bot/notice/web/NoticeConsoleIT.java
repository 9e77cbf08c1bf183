package com.wuyebot.bot.notice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.console.ConsoleClient;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.ConsoleBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.tools.PushMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The managers' notice pages over HTTP with a signed-in session, on the real notice services and the fake WeChat API. */
class NoticeConsoleIT extends ConsoleBot {

  private String community;
  private ConsoleClient manager;

  @BeforeAll
  static void template() {
    api().template(NOTICE_TEMPLATE);
  }

  @BeforeEach
  void signIn() {
    community = "通知小区-" + UUID.randomUUID().toString().substring(0, 8);
    manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));
  }

  @Test
  void aManagerComposesEditsPreviewsSchedulesAndCancels() {
    ConsoleClient.Page compose = manager.get("/console/notices/new");
    assertThat(compose.status()).isEqualTo(200);
    assertThat(compose.body()).contains("停水停电", "温馨提示", "全部关注者");

    long id = create(form("3栋电梯保养"));
    ConsoleClient.Page edited = manager.post("/console/notices/" + id, form("3栋电梯保养（改期）"));
    assertThat(edited.status()).isEqualTo(302);
    assertThat(manager.get("/console/notices/" + id).body()).contains("3栋电梯保养（改期）", "已保存修改");

    String me = TestAccounts.newOpenId();
    api().follower(me);
    ConsoleClient.Page previewed = manager.post("/console/notices/" + id + "/preview", Map.of("openId", me));
    assertThat(previewed.status()).isEqualTo(302);
    assertThat(manager.get(previewed.location().replaceFirst("^https?://[^/]+", "")).body()).contains("预览已发送");
    assertThat(api().sentMessagesTo(me)).singleElement().extracting(SentMessage::templateId).isEqualTo(NOTICE_TEMPLATE);
    ConsoleClient.Page stranger = manager.post("/console/notices/" + id + "/preview", Map.of("openId", TestAccounts.newOpenId()));
    assertThat(stranger.status()).isEqualTo(422);
    assertThat(stranger.body()).contains("微信拒绝了这条消息");

    String night = LocalDate.now().plusDays(2) + "T23:30";
    assertThat(manager.post("/console/notices/" + id + "/schedule", Map.of("sendAt", night)).status()).isEqualTo(302);
    assertThat(manager.get("/console/notices/" + id).body()).contains("已定时发送", "免打扰时段", "定时");

    assertThat(manager.post("/console/notices/" + id + "/cancel", Map.of()).status()).isEqualTo(302);
    assertThat(manager.get("/console/notices/" + id).body()).contains("已取消");
    ConsoleClient.Page late = manager.post("/console/notices/" + id + "/send", Map.of());
    assertThat(late.status()).isEqualTo(409);
    assertThat(manager.post("/console/notices/" + id, form("再改一次")).status()).isEqualTo(409);
  }

  @Test
  void aSentNoticeShowsItsStatistics() {
    String resident = follower("5栋");
    long id = create(form("5栋停水"));

    assertThat(manager.post("/console/notices/" + id + "/send", Map.of()).status()).isEqualTo(302);

    await().atMost(Duration.ofSeconds(20)).until(() -> !api().sentMessagesTo(resident).isEmpty());
    ConsoleClient.Page statistics = manager.get("/console/notices/" + id + "/statistics");
    assertThat(statistics.status()).isEqualTo(200);
    assertThat(statistics.body()).contains("<td>1</td>", "id=\"notice-chart\"");
    assertThat(manager.get("/console/notices/" + id + "/statistics/data").body()).contains("\"targeted\":1");
    assertThat(manager.get("/console/notices").body()).contains("5栋停水");
  }

  @Test
  void aMassNoticesStatisticsShowWhatWechatReportedOfItsJob() {
    follower("6栋");
    follower("6栋");
    Map<String, String> mass = form("6栋停水");
    mass.put("buildings", community + "/6栋");
    mass.put("channel", "MASS");
    long id = create(mass);
    String page = "/console/notices/" + id + "/statistics";

    api().pushEventsTo(TestAccounts.safe(port));
    try {
      assertThat(manager.get(page).body()).contains("群发结果", "微信还没有报告");
      assertThat(manager.post("/console/notices/" + id + "/send", Map.of()).status()).isEqualTo(302);
      await().atMost(Duration.ofSeconds(20)).until(() -> manager.get(page).body().contains("发送成功"));
    } finally {
      api().pushEventsTo(null);
    }

    String body = manager.get(page).body();
    String jobs = body.substring(body.indexOf("id=\"mass-jobs\""), body.indexOf("</table>", body.indexOf("id=\"mass-jobs\"")))
        .replaceAll("\\s+", "");
    assertThat(jobs).as("jobs, reported, total, filtered, sent, failed")
        .contains("<td>1</td><td>1</td><td>2</td><td>2</td><td>2</td><td>0</td>");
    assertThat(manager.get(page + "/data").body()).contains("\"massJobs\":{\"jobs\":1,\"reported\":1");
  }

  @Test
  void aFormWithMistakesIsShownAgainWithTheReasonAndNothingIsSaved() {
    Map<String, String> noTitle = form("");
    noTitle.put("body", "<script>alert(1)</script>明天停水");
    ConsoleClient.Page page = manager.post("/console/notices", noTitle);

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("id=\"problem\"", "&lt;script&gt;alert(1)&lt;/script&gt;明天停水")
        .doesNotContain("<script>alert(1)");
    Map<String, String> badBuilding = form("停水");
    badBuilding.put("buildings", "只有小区名");
    assertThat(manager.post("/console/notices", badBuilding).body()).contains("小区/楼栋");
    assertThat(manager.post("/console/notices/987654321/send", Map.of()).status()).isEqualTo(404);
    long id = create(form("预览测试"));
    assertThat(manager.post("/console/notices/" + id + "/preview", Map.of("openId", " ")).status()).isEqualTo(400);
    assertThat(manager.post("/console/notices/" + id + "/schedule", Map.of("sendAt", "tomorrow")).status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/console/notices", "/console/notices/new"})
  void agentsAreRefused(String path) {
    ConsoleClient agent = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.AGENT));

    assertThat(agent.get(path).status()).isEqualTo(403);
  }

  private long create(Map<String, String> form) {
    manager.get("/console/notices/new");
    ConsoleClient.Page created = manager.post("/console/notices", form);
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    return Long.parseLong(created.location().replaceAll(".*/console/notices/", ""));
  }

  private Map<String, String> form(String title) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("appId", TestAccounts.SAFE_APP_ID);
    form.put("kind", "NOTICE");
    form.put("title", title);
    form.put("body", "明天上午9点至12点停水，请提前储水。");
    form.put("buildings", community + "/5栋");
    form.put("channel", "TEMPLATE");
    return form;
  }

  private String follower(String building) {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    TestAccounts.safe(port).push(PushMessage.subscribe(openId));
    new AdminApi(port).created("/api/notice-audience/households", """
        {"households":[{"appId":"%s","openId":"%s","community":"%s","building":"%s","unit":"1","room":"301"}]}"""
        .formatted(TestAccounts.SAFE_APP_ID, openId, community, building));
    return openId;
  }
}
