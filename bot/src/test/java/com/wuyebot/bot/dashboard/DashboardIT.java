package com.wuyebot.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.console.ConsoleClient;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.ConsoleBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PushMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The managers' dashboard over HTTP with a signed-in session: figures of one community, roles, escaping, bad ranges. */
class DashboardIT extends ConsoleBot {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The knowledge base loads its index after start-up; until then no question is decided. */
  @BeforeEach
  void knowledgeBaseReady() {
    AskingResidents.knowledgeBaseReady(port);
  }

  @Test
  void aManagerSeesTheFiguresOfOneCommunity() {
    String community = "看板小区" + ThreadLocalRandom.current().nextInt(100000, 999999);
    AdminApi admin = new AdminApi(port);
    admin.teamOnDutyAllWeek(community, "水电", "张师傅");
    String[] repairs = new String[3];
    for (int i = 0; i < repairs.length; i++) {
      repairs[i] = admin.created("/api/tickets", AdminApi.repair(community, "水电", null)).get("number").asString();
    }
    admin.created("/api/tickets", AdminApi.repair(community, "噪音", null).replace("REPAIR", "COMPLAINT"));
    jdbc.update("insert into sla_notice (ticket_id, target, kind, due_at, recorded_at) select id, 'RESPONSE', 'BREACH', "
        + "current_timestamp, current_timestamp from ticket where ticket_number = ?", repairs[0]);
    survey(community, 5);
    survey(community, 2);
    survey(community, null);
    ConsoleClient manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    ConsoleClient.Page page = manager.get("/console/dashboard?community=" + enc(community));
    JsonNode data = json(manager.get("/console/dashboard/data?community=" + enc(community)));

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("<option value=\"" + community + "\" selected=\"selected\">")
        .contains("共 <strong id=\"ticket-total\">4</strong> 张工单");
    assertThat(sum(data.get("ticketsByType").get("报修"))).isEqualTo(3);
    assertThat(sum(data.get("ticketsByType").get("投诉"))).isEqualTo(1);
    assertThat(sum(data.get("ticketsByCategory").get("水电"))).isEqualTo(3);
    assertThat(data.get("days")).hasSize(30);
    JsonNode team = StreamSupport.stream(data.get("sla").spliterator(), false)
        .filter(t -> "水电组".equals(t.get("team").asString())).findFirst().orElseThrow();
    assertThat(team.get("tickets").asLong()).isEqualTo(3);
    assertThat(team.get("responseBreaches").asLong()).isEqualTo(1);
    assertThat(team.get("responseCompliance").asInt()).isEqualTo(67);
    JsonNode month = data.get("satisfaction").get(data.get("satisfaction").size() - 1);
    assertThat(month.get("month").asString()).isEqualTo(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
    assertThat(month.get("asked").asLong()).isEqualTo(3);
    assertThat(month.get("answered").asLong()).isEqualTo(2);
    assertThat(month.get("csat").asInt()).isEqualTo(50);
    assertThat(month.get("responseRate").asInt()).isEqualTo(67);
    assertThat(page.body()).contains("<td>张师傅</td><td>水电组</td><td>3</td>");
  }

  @Test
  void everyQuestionAskedIsCountedAndAnswersOutrightMakeTheRate() {
    long before = asked();
    String openId = TestAccounts.newOpenId();
    say(openId, "物业费在哪里交？");
    say(openId, "火星基地的通行证怎么申请");

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(asked()).isGreaterThanOrEqualTo(before + 2));
    ConsoleClient manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));
    JsonNode today = json(manager.get("/console/dashboard/data")).get("faq").get(29);
    assertThat(today.get("asked").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(today.get("answered").asLong()).isBetween(1L, today.get("asked").asLong() - 1);
  }

  @Test
  void theFaqRateAndTheUnansweredQuestionsCountOnlyTheResidentsOfTheChosenCommunity() {
    String sunny = AskingResidents.newCommunity("问答甲小区");
    String lake = AskingResidents.newCommunity("问答乙小区");
    String ofSunny = AskingResidents.boundIn(port, sunny);
    String ofLake = AskingResidents.boundIn(port, lake);
    // fixed words the test knowledge base does not answer: a number in them can read as a ticket (进度), no FAQ question
    String sunnyQuestion = "火星基地的通行证怎么申请";
    String lakeQuestion = "土星基地的通行证怎么申请";
    // asked first, so it is counted by the time the residents' questions are
    say(TestAccounts.newOpenId(), "物业费在哪里交？");
    assertThat(say(ofSunny, "物业费在哪里交？")).contains("生活缴费");
    say(ofSunny, sunnyQuestion);
    say(ofLake, lakeQuestion);
    ConsoleClient manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertThat(faqCounts(manager, sunny)[0]).isGreaterThanOrEqualTo(2);
      assertThat(faqCounts(manager, lake)[0]).isGreaterThanOrEqualTo(1);
      assertThat(manager.get("/console/dashboard?community=" + enc(sunny)).body()).contains(sunnyQuestion);
      assertThat(manager.get("/console/dashboard?community=" + enc(lake)).body()).contains(lakeQuestion);
    });
    ConsoleClient.Page sunnyPage = manager.get("/console/dashboard?community=" + enc(sunny));
    ConsoleClient.Page lakePage = manager.get("/console/dashboard?community=" + enc(lake));

    assertThat(faqCounts(manager, sunny)).containsExactly(2, 1);
    assertThat(faqCounts(manager, lake)).containsExactly(1, 0);
    assertThat(sunnyPage.body()).contains("共提问 <strong>2</strong> 次，直接解答 <strong>1</strong> 次", "解答率 <strong>50%</strong>")
        .doesNotContain(lakeQuestion);
    assertThat(lakePage.body()).contains("解答率 <strong>0%</strong>").doesNotContain(sunnyQuestion)
        .as("a community whose residents asked questions but opened no ticket can be chosen")
        .contains("<option value=\"" + lake + "\" selected=\"selected\">");
    assertThat(manager.get("/console/dashboard").body()).contains("<option value=\"" + sunny + "\">");
  }

  @Test
  void aResidentsQuestionIsShownAsTextNotMarkup() {
    String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>冥王星观测站的门票在哪里买";
    say(TestAccounts.newOpenId(), payload);
    ConsoleClient manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(manager.get("/console/dashboard").body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>alert").doesNotContain("<img src=x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/console/dashboard", "/console/dashboard/data"})
  void agentsAreRefused(String path) {
    ConsoleClient agent = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.AGENT));

    assertThat(agent.get(path).status()).isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"?from=2026-05-02&to=2026-05-01", "?from=yesterday", "?from=2020-01-01&to=2026-01-01"})
  void badRangesAreRefusedWithAnExplanation(String query) {
    ConsoleClient manager = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.MANAGER));

    ConsoleClient.Page page = manager.get("/console/dashboard" + query);
    ConsoleClient.Page data = manager.get("/console/dashboard/data" + query);

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("id=\"error-message\"");
    assertThat(data.status()).isEqualTo(400);
    assertThat(json(data).get("status").asInt()).isEqualTo(400);
  }

  private void survey(String community, Integer score) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into survey (ticket_number, category, community, status, resolved_at, ask_at, asked_at, score, "
            + "answered_at, created_at) values (?, '水电', ?, ?, ?, ?, ?, ?, ?, ?)",
        "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L), community, score == null ? "ASKED" : "ANSWERED",
        now, now, now, score, score == null ? null : now, now);
  }

  private String say(String openId, String text) {
    return TestAccounts.safe(port).push(PushMessage.text(openId, text)).reply().content();
  }

  private long asked() {
    return jdbc.queryForObject("select coalesce(sum(asked), 0) from faq_question_tally", Long.class);
  }

  /** Questions asked and answered outright in the community over the default range, from the chart data. */
  private static long[] faqCounts(ConsoleClient manager, String community) {
    JsonNode days = json(manager.get("/console/dashboard/data?community=" + enc(community))).get("faq");
    return new long[] {sum(days, "asked"), sum(days, "answered")};
  }

  private static long sum(JsonNode days, String field) {
    return StreamSupport.stream(days.spliterator(), false).mapToLong(day -> day.get(field).asLong()).sum();
  }

  private static long sum(JsonNode counts) {
    return StreamSupport.stream(counts.spliterator(), false).mapToLong(JsonNode::asLong).sum();
  }

  private static JsonNode json(ConsoleClient.Page page) {
    assertThat(page.status()).as(page.body()).isIn(200, 400);
    return JSON.readTree(page.body());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
