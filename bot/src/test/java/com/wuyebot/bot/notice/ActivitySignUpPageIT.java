package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.SentMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sign-up by link over real HTTP: the template each resident gets from the fake WeChat API carries their own link,
 * the page behind it signs up and cancels through the same places and waiting list as the chat, and a changed,
 * expired or garbage link, or a garbage post, gets a clear page.
 */
@TestPropertySource(properties = {"bot.notice.template.template-id=" + NoticeBot.TEMPLATE, "bot.notice.rate-per-second=0",
    "bot.notice.poll=200ms", "bot.notice.retry-first-delay=1s", "bot.notice.public-url=" + NoticeBot.PUBLIC_URL})
class ActivitySignUpPageIT extends RunningBot {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final HttpClient http = HttpClient.newHttpClient();
  private NoticeFixture notices;

  @BeforeAll
  static void templates() {
    api().template(NoticeBot.TEMPLATE);
  }

  @BeforeEach
  void setUp() {
    notices = new NoticeFixture(port, api());
    api().pushEventsTo(TestAccounts.safe(port));
  }

  @AfterAll
  static void stopReports() {
    api().pushEventsTo(null);
  }

  @Test
  void eachResidentSignsUpAndCancelsOnTheirOwnPageWithTheWaitingListOfTheChat() throws Exception {
    String first = notices.follower("2栋", "1");
    String second = notices.follower("2栋", "2");
    long id = sendActivity("冬至包饺子", "2栋", Instant.now().plus(2, ChronoUnit.DAYS), 1);
    String firstPage = link(first);
    String secondPage = link(second);
    assertThat(firstPage).isNotEqualTo(secondPage);

    HttpResponse<String> opened = get(firstPage);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("name=\"viewport\"", "冬至包饺子", "社区活动室", "还剩 1 个名额（共 1 个）", "您还没有报名",
        "我要报名", "value=\"sign-up\"");

    HttpResponse<String> signedUp = post(firstPage, "action=sign-up");
    assertThat(signedUp.statusCode()).isEqualTo(200);
    assertThat(signedUp.body()).contains("报名成功", "您已报名", "取消报名", "名额已满");
    assertThat(post(firstPage, "action=sign-up").body()).as("a second press changes nothing").contains("您已报名")
        .doesNotContain("报名成功");

    assertThat(get(secondPage).body()).contains("1 个名额已满，候补 0 人", "报名候补");
    assertThat(post(secondPage, "action=sign-up").body()).contains("您已进入候补名单（第1位）", "您在候补名单中（第1位）");

    HttpResponse<String> cancelled = post(firstPage, "action=cancel");
    assertThat(cancelled.body()).contains("已为您取消报名", "您还没有报名");
    api().awaitSentMessage(m -> second.equals(m.toUser()) && m.content() != null && m.content().contains("候补转为正式"), WAIT);
    assertThat(get(secondPage).body()).contains("您已报名");

    JsonNode statistics = notices.statistics(id).get("signUps");
    assertThat(List.of(statistics.get("confirmed").asInt(), statistics.get("waiting").asInt(),
        statistics.get("cancelled").asInt())).containsExactly(1, 0, 1);
    JsonNode signups = notices.admin().get("/api/notices/" + id + "/signups").body();
    assertThat(signups.get(0).get("openId").asString()).isEqualTo(second);
    assertThat(signups.get(0).get("channel").asString()).isEqualTo("LINK");
  }

  @Test
  void aLinkActsForItsOwnResidentOnly() throws Exception {
    String first = notices.follower("3栋", "1");
    String second = notices.follower("3栋", "2");
    long id = sendActivity("亲子手工课", "3栋", Instant.now().plus(2, ChronoUnit.DAYS), 5);
    String firstPage = link(first);
    String[] secondToken = token(link(second)).split("\\.");
    String[] firstToken = token(firstPage).split("\\.");

    String firstSignedAsSecond = "/activity/" + secondToken[0] + "." + firstToken[1] + "." + firstToken[2];
    assertThat(get(firstSignedAsSecond).statusCode()).isEqualTo(403);
    assertThat(post(firstSignedAsSecond, "action=sign-up").statusCode()).isEqualTo(403);
    assertThat(post(firstPage, "action=sign-up&openId=" + second + "&appId=" + NoticeFixture.APP).statusCode()).isEqualTo(200);

    JsonNode signups = notices.admin().get("/api/notices/" + id + "/signups").body();
    assertThat(signups).hasSize(1);
    assertThat(signups.get(0).get("openId").asString()).isEqualTo(first);
    assertThat(get(link(second)).body()).contains("您还没有报名");
  }

  @Test
  void aChangedExpiredOrGarbageLinkGetsAClearPage() throws Exception {
    String resident = notices.follower("5栋", "1");
    sendActivity("广场舞培训", "5栋", Instant.now().plus(2, ChronoUnit.DAYS), null);
    String[] token = token(link(resident)).split("\\.");
    String longerLife = "/activity/" + token[0] + "." + (Long.parseLong(token[1]) + 86_400) + "." + token[2];
    String otherSignature = "/activity/" + token[0] + "." + token[1] + "." + new StringBuilder(token[2]).reverse();

    for (String refused : List.of(longerLife, otherSignature, "/activity/%3Cscript%3Ealert(1)%3E", "/activity/1.2.3",
        "/activity/99999999999999999999.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
      HttpResponse<String> page = get(refused);
      assertThat(page.statusCode()).as(refused).isEqualTo(403);
      assertThat(page.body()).contains("链接无效").doesNotContain("<script>");
      assertThat(post(refused, "action=sign-up").statusCode()).as(refused).isEqualTo(403);
    }

    String late = notices.follower("6栋", "1");
    sendActivity("重阳节敬老", "6栋", Instant.now().minus(4, ChronoUnit.DAYS), 10);
    String expired = link(late);
    assertThat(get(expired).statusCode()).isEqualTo(410);
    assertThat(get(expired).body()).contains("活动链接已过期");
    assertThat(post(expired, "action=sign-up").statusCode()).isEqualTo(410);
  }

  @Test
  void aStartedActivityIsClosedAndAGarbagePostIsAnsweredWithThePage() throws Exception {
    String resident = notices.follower("7栋", "1");
    long closedId = sendActivity("消防演练", "7栋", Instant.now().minus(1, ChronoUnit.HOURS), 10);
    String closed = link(resident);

    HttpResponse<String> page = get(closed);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("消防演练", "报名已截止").doesNotContain("<form");
    assertThat(post(closed, "action=sign-up").body()).contains("报名已截止");
    assertThat(notices.statistics(closedId).get("signUps").get("confirmed").asInt()).isZero();

    String other = notices.follower("8栋", "1");
    sendActivity("义诊", "8栋", Instant.now().plus(1, ChronoUnit.DAYS), 10);
    String open = link(other);
    for (String garbage : List.of("action=delete", "", "action=" + "x".repeat(5_000), "%%%", "action=sign-up&action=cancel")) {
      HttpResponse<String> answered = post(open, garbage);
      assertThat(answered.statusCode()).as(garbage).isEqualTo(400);
      assertThat(answered.body()).contains("请点击页面上的按钮").contains("您还没有报名");
    }
    HttpResponse<String> json = http.send(HttpRequest.newBuilder(local(open)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"sign-up\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(400);
  }

  @Test
  void markupInTheActivityStaysText() throws Exception {
    String resident = notices.follower("9栋", "1");
    long id = notices.create("""
        {"appId":"%s","kind":"ACTIVITY","title":"<script>alert(1)</script>包饺子","body":"<img src=x onerror=alert(2)>来吧",
         "activity":{"startsAt":"%s","place":"<b>活动室</b>","capacity":3,"signUp":true},
         "target":{"buildings":[{"community":"%s","building":"9栋"}]}}"""
        .formatted(NoticeFixture.APP, Instant.now().plus(1, ChronoUnit.DAYS), notices.community()));
    notices.send(id);

    String body = get(link(resident)).body();
    assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;包饺子", "&lt;img src=x onerror=alert(2)&gt;来吧",
        "&lt;b&gt;活动室&lt;/b&gt;").doesNotContain("<script>alert", "<img src=x", "<b>活动室");
  }

  /** Sends an activity with sign-up (null capacity for no limit) to a building of this test's community. */
  private long sendActivity(String title, String building, Instant startsAt, Integer capacity) {
    long id = notices.create("""
        {"appId":"%s","kind":"ACTIVITY","title":"%s","body":"社区活动，欢迎参加。",
         "activity":{"startsAt":"%s","place":"社区活动室","capacity":%s,"signUp":true},
         "target":{"buildings":[{"community":"%s","building":"%s"}]}}"""
        .formatted(NoticeFixture.APP, title, startsAt, capacity, notices.community(), building));
    notices.send(id);
    return id;
  }

  /** The path of the link in the activity template this resident got from the fake WeChat API. */
  private String link(String openId) {
    SentMessage template = api().awaitSentMessage(m -> openId.equals(m.toUser()) && NoticeBot.TEMPLATE.equals(m.templateId()),
        WAIT);
    String url = template.body().get("url").getAsString();
    assertThat(url).startsWith(NoticeBot.PUBLIC_URL + "/activity/");
    return URI.create(url).getRawPath();
  }

  private static String token(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private URI local(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(local(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(local(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
