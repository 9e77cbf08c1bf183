package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import tools.jackson.databind.JsonNode;
import com.wuyebot.bot.messaging.Channel;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.integration.fake.SentMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Surveys end to end on a running bot: Quartz fires the question at once (no delay, no quiet hours
 * here; their timing is SurveyTimingTest's), the messenger picks chat or template by the resident's
 * window, answers come back through the webhook or the page.
 */
class SurveyIT extends SurveyBot {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory staff;

  @Autowired
  SurveyService surveys;

  @Autowired
  SurveyLinks links;

  @Autowired
  Wording wording;

  @Autowired
  JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void insideTheWindowTheSurveyIsAskedInTheChatAndTheAnswerTakenThere() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");

    SentMessage question = awaitText(openId, "请为本次服务打个分");
    assertThat(question.content()).contains(ticket.number()).contains("5 非常满意").contains("不评价");
    assertThat(api().sentMessagesTo(openId)).noneMatch(m -> TEMPLATE_ID.equals(m.templateId()));

    String reply = TestAccounts.say(port, openId, "3 还行吧");

    assertThat(reply).isEqualTo(wording.text("survey.thanks.3"));
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    assertThat(survey.status()).isEqualTo(SurveyStatus.ANSWERED);
    assertThat(survey.score()).isEqualTo(3);
    assertThat(survey.comment()).isEqualTo("还行吧");
    assertThat(survey.answeredVia()).isEqualTo(AnswerSource.CHAT);
    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(tickets.get(ticket.number()).comments()).anyMatch(c -> c.body().contains("还行吧"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"5, 5", "５, 5", "五星, 5", "非常满意, 5", "满意, 4", "一般, 3"})
  void anyFormOfScoreIsTakenAndThenAnOptionalComment(String answer, int score) {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    String thanks = TestAccounts.say(port, openId, answer);
    String afterComment = TestAccounts.say(port, openId, "师傅很细心，把地面也擦干净了");

    assertThat(thanks).startsWith(wording.text("survey.thanks." + score)).contains("回复「没有」");
    assertThat(afterComment).isEqualTo(wording.text("survey.comment-thanks"));
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    assertThat(survey.score()).isEqualTo(score);
    assertThat(survey.comment()).isEqualTo("师傅很细心，把地面也擦干净了");
    // the comment turn is over: the next message is the bot's again
    assertThat(TestAccounts.say(port, openId, "谢谢")).isNotEqualTo(wording.text("survey.no-comment"));
  }

  @Test
  void theSameScoreTwiceIsNotTakenForAComment() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    TestAccounts.say(port, openId, "5");
    String again = TestAccounts.say(port, openId, "5");
    String none = TestAccounts.say(port, openId, "没有");

    assertThat(again).isEqualTo(wording.text("survey.thanks.5"));
    assertThat(none).isEqualTo(wording.text("survey.no-comment"));
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    assertThat(survey.score()).isEqualTo(5);
    assertThat(survey.comment()).isNull();
  }

  @Test
  void aNewRepairAfterTheScoreIsNoCommentButANewReport() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");
    TestAccounts.say(port, openId, "5");

    String reply = TestAccounts.say(port, openId, "3栋2单元502 卫生间下水道又堵了 明天上午在家");

    assertThat(reply).contains("请核对报修信息");
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().comment()).isNull();
  }

  @Test
  void aMessageThatIsNoAnswerGoesToTheBotAndTheSurveyStaysOpen() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    String reply = TestAccounts.say(port, openId, "5楼楼道的灯不亮了");

    assertThat(reply).doesNotContain("感谢您的评价").doesNotContain("好评");
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.ASKED);
  }

  @Test
  void aBareNumberAfterSuggestionsPicksOneAndTheNextIsTheScore() {
    new AdminApi(port).importTestKnowledgeBase();
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    assertThat(TestAccounts.say(port, openId, "物业费和门禁卡")).contains("您是想问").contains("门禁卡丢了怎么补办");
    String picked = TestAccounts.say(port, openId, "1");

    assertThat(picked).contains("工本费20元");
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.ASKED);
    assertThat(TestAccounts.say(port, openId, "4")).startsWith(wording.text("survey.thanks.4"));
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().score()).isEqualTo(4);
  }

  @Test
  void outsideTheWindowATemplateLinksToThePageWhichTakesTheAnswerOnce() throws Exception {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    Ticket ticket = resolvedRepair(openId, "水电");

    SentMessage template = api().awaitSentMessage(m -> openId.equals(m.toUser()) && TEMPLATE_ID.equals(m.templateId()), WAIT);
    assertThat(template.dataValue("character_string1")).isEqualTo(ticket.number());
    String url = template.body().get("url").getAsString();
    assertThat(url).startsWith("https://wuye.example.com/survey/");
    String path = URI.create(url).getPath();
    await().atMost(WAIT).until(() -> surveys.ofTicket(ticket.number()).orElseThrow().askedChannel() == Channel.TEMPLATE);

    HttpResponse<String> form = get(path);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"viewport\"").contains(ticket.number()).contains("非常满意").contains("<form");

    HttpResponse<String> noScore = post(path, "comment=" + enc("忘了选"));
    assertThat(noScore.statusCode()).isEqualTo(400);
    assertThat(noScore.body()).contains(wording.text("survey.page.choose"));

    HttpResponse<String> answered = post(path, "score=4&comment=" + enc("<b>还不错</b>"));
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).contains(wording.text("survey.thanks.4"));
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    assertThat(survey.score()).isEqualTo(4);
    assertThat(survey.comment()).isEqualTo("<b>还不错</b>");
    assertThat(survey.answeredVia()).isEqualTo(AnswerSource.PAGE);
    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);

    HttpResponse<String> again = post(path, "score=1");
    assertThat(again.body()).contains(wording.text("survey.page.already"));
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().score()).isEqualTo(4);
  }

  @Test
  void aTamperedOrExpiredLinkGetsAClearPage() throws Exception {
    String openId = TestAccounts.newOpenId();
    Ticket ticket = resolvedRepair(openId, "水电");
    Survey survey = awaitSurvey(ticket.number(), SurveyStatus.ASKED);
    String token = links.tokenFor(survey.id(), Instant.now().plus(Duration.ofDays(1)));
    String[] parts = token.split("\\.");

    HttpResponse<String> otherSurvey = get("/survey/" + (survey.id() + 1) + "." + parts[1] + "." + parts[2]);
    HttpResponse<String> longerLife = get("/survey/" + parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2]);
    HttpResponse<String> garbage = get("/survey/%3Cscript%3E");
    HttpResponse<String> postedGarbage = post("/survey/" + parts[0] + ".1.x", "score=5");
    HttpResponse<String> expired = get("/survey/" + links.tokenFor(survey.id(), Instant.now().minusSeconds(60)));
    HttpResponse<String> expiredPost = post("/survey/" + links.tokenFor(survey.id(), Instant.now().minusSeconds(60)), "score=5");

    for (HttpResponse<String> refused : List.of(otherSurvey, longerLife, garbage, postedGarbage)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("链接无效").doesNotContain("<script>");
    }
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("评价链接已过期");
    assertThat(expiredPost.statusCode()).isEqualTo(410);
    HttpResponse<String> undecodable = post("/survey/" + token, "%%%");
    assertThat(undecodable.statusCode()).isEqualTo(400);
    assertThat(undecodable.body()).contains("请先选择一个分数");
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.ASKED);
  }

  @Test
  void aLowScoreReopensTheTicketToTheSupervisorAlertsAndPromisesACall() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    String reply = TestAccounts.say(port, openId, "不满意，还是在漏水");

    assertThat(reply).isEqualTo(wording.text("survey.thanks.low"));
    assertThat(reply).contains("回电");
    Ticket reopened = tickets.get(ticket.number());
    assertThat(reopened.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(reopened.assignee().name()).isEqualTo("李主管");
    assertThat(reopened.history()).anyMatch(h -> h.detail() != null && h.detail().contains("回访不满意（2分）"));
    List<String> alerts = jdbc.queryForList("select follow_up || ' ' || score || ' ' || comment from survey_alert where ticket_number = ?",
        String.class, ticket.number());
    assertThat(alerts).containsExactly("REOPENED 2 还是在漏水");
    AdminApi admin = new AdminApi(port);
    JsonNode open = null;
    for (JsonNode alert : admin.get("/api/surveys/alerts").body()) {
      if (ticket.number().equals(alert.get("ticketNumber").asText())) {
        open = alert;
      }
    }
    assertThat(open).isNotNull();
    AdminApi.Response handled = admin.post("/api/surveys/alerts/" + open.get("id").asLong() + "/handled", "{}");
    assertThat(handled.status()).isEqualTo(200);
    assertThat(handled.body().get("handledBy").asText()).isEqualTo("admin");
    assertThat(admin.get("/api/surveys/alerts").body().toString()).doesNotContain(ticket.number());
    assertThat(admin.post("/api/surveys/alerts/999999999/handled", "{}").status()).isEqualTo(404);
  }

  @Test
  void aResidentWhoDeclinesIsNotRemindedAndTheTicketClosesUnrated() {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");

    assertThat(TestAccounts.say(port, openId, "不评价")).isEqualTo(wording.text("survey.declined"));
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    surveys.remind(survey.id());

    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.DECLINED);
    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(jdbc.queryForObject("select count(*) from outbound_message where purpose = ?", Integer.class,
        "survey:" + survey.id() + ":remind")).isZero();
  }

  @Test
  void anUnansweredSurveyIsRemindedOnceAndQuartzHoldsTheReminderAndTheClosing() throws Exception {
    String openId = residentWhoJustWrote();
    Ticket ticket = resolvedRepair(openId, "水电");
    awaitText(openId, "请为本次服务打个分");
    Survey survey = awaitSurvey(ticket.number(), SurveyStatus.ASKED);
    assertThat(jdbc.queryForList("select trigger_name from qrtz_triggers where trigger_group = 'survey' and trigger_name like ?",
        String.class, "survey_%-" + survey.id() + "%")).containsExactlyInAnyOrder(
        "survey_remind-" + survey.id(), "survey_close-" + survey.id() + "-" + tickets.get(ticket.number()).resolvedAt().toEpochMilli());

    surveys.remind(survey.id());
    surveys.remind(survey.id());

    assertThat(api().sentMessagesTo(openId)).filteredOn(m -> m.content() != null && m.content().contains("还没有评价")).hasSize(1);
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().remindedAt()).isNotNull();
  }

  @Test
  void aResolvedTicketWithoutAnswerClosesAfterTheDaysAsNotRated() {
    String openId = TestAccounts.newOpenId();
    Ticket ticket = resolvedRepair(openId, "水电");
    Survey survey = awaitSurvey(ticket.number(), SurveyStatus.ASKED);

    // not yet: three days have not passed
    surveys.closeUnanswered(survey.id());
    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.RESOLVED);

    jdbc.update("update ticket set resolved_at = ? where ticket_number = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(3)).minusSeconds(1)), ticket.number());
    surveys.closeUnanswered(survey.id());
    surveys.closeUnanswered(survey.id());

    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.NOT_RATED);
  }

  @Test
  void aTicketWithNobodyToAskIsNotSurveyedButStillClosesInTime() {
    Ticket ticket = resolvedRepair(null, "水电");
    Survey survey = surveys.ofTicket(ticket.number()).orElseThrow();
    assertThat(survey.status()).isEqualTo(SurveyStatus.SKIPPED);

    jdbc.update("update ticket set resolved_at = ? where ticket_number = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(4))), ticket.number());
    surveys.closeUnanswered(survey.id());

    assertThat(tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(SurveyStatus.SKIPPED);
  }

  @Test
  void statisticsCountSilenceAsUnansweredNeverAsSatisfied() {
    String category = "统计-" + UUID.randomUUID().toString().substring(0, 8);
    String[] answers = {"5", "4", "2"};
    for (String answer : answers) {
      String openId = residentWhoJustWrote();
      resolvedRepair(openId, category);
      awaitText(openId, "请为本次服务打个分");
      TestAccounts.say(port, openId, answer);
    }
    resolvedRepair(TestAccounts.newOpenId(), category);
    String silent = TestAccounts.newOpenId();
    Ticket unanswered = resolvedRepair(silent, category);
    awaitSurvey(unanswered.number(), SurveyStatus.ASKED);

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    AdminApi admin = new AdminApi(port);
    AdminApi.Response response = admin.get("/api/surveys/stats?groupBy=category&from=" + today.minusDays(1) + "&to=" + today.plusDays(1));

    assertThat(response.status()).isEqualTo(200);
    JsonNode row = null;
    for (JsonNode candidate : response.body()) {
      if (category.equals(candidate.get("key").asText())) {
        row = candidate;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("sent").asInt()).isEqualTo(5);
    assertThat(row.get("answered").asInt()).isEqualTo(3);
    assertThat(row.get("satisfied").asInt()).isEqualTo(2);
    assertThat(row.get("csat").asDouble()).isEqualTo(0.6667);
    assertThat(row.get("responseRate").asDouble()).isEqualTo(0.6);
  }

  @Test
  void statisticsRefuseBadParameters() {
    AdminApi admin = new AdminApi(port);
    assertThat(admin.get("/api/surveys/stats?groupBy=colour&from=2026-11-01&to=2026-11-30").status()).isEqualTo(400);
    assertThat(admin.get("/api/surveys/stats?groupBy=team&from=2026-12-01&to=2026-11-30").status()).isEqualTo(400);
    assertThat(admin.get("/api/surveys/stats?groupBy=team&from=yesterday&to=2026-11-30").status()).isEqualTo(400);
    assertThat(admin.get("/api/surveys/stats?groupBy=team").status()).isEqualTo(400);
    assertThat(admin.get("/api/surveys/stats?groupBy=team&from=2000-01-01&to=2026-11-30").status()).isEqualTo(400);
    assertThat(admin.get("/api/surveys/stats?groupBy=month&from=2026-11-01&to=2026-11-30").status()).isEqualTo(200);
    assertThat(admin.get("/api/surveys/tickets/BX19990101-0001").status()).isEqualTo(404);
  }

  private String residentWhoJustWrote() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    TestAccounts.say(port, openId, "你好");
    return openId;
  }

  /** A repair of the resident, done by a worker of a team with a supervisor, in a community of its own. */
  private Ticket resolvedRepair(String openId, String category) {
    String community = "回访小区-" + UUID.randomUUID();
    Team team = staff.addTeam("水电组", community, List.of(category));
    Staff worker = staff.addMember(team.id(), "王师傅", "13800000000", null, false);
    staff.addMember(team.id(), "李主管", "13900000000", null, true);
    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, category, null, community, "3栋2单元502",
        null, "厨房水管漏水", List.of(), openId == null ? null : TestAccounts.SAFE_APP_ID, openId, null, null,
        openId == null ? TicketChannel.CONSOLE : TicketChannel.WECHAT), "resident");
    tickets.assign(ticket.number(), worker.id(), "dispatcher");
    tickets.start(ticket.number(), "王师傅");
    return tickets.resolve(ticket.number(), "更换了水管接头", "王师傅");
  }

  private SentMessage awaitText(String openId, String fragment) {
    return api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null && m.content().contains(fragment), WAIT);
  }

  private Survey awaitSurvey(String number, SurveyStatus status) {
    await().atMost(WAIT).until(() -> surveys.ofTicket(number).map(s -> s.status() == status).orElse(false));
    return surveys.ofTicket(number).orElseThrow();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
