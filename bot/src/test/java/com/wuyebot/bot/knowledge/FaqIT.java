package com.wuyebot.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.WechatPushClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** FAQ entries managed through the API and answered to residents through WeChat. */
class FaqIT extends RunningBot {

  static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));

  @Autowired
  JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void importTestKnowledgeBase() throws Exception {
    HttpResponse<String> response = send(request("/api/faq/import").header("Content-Type", "application/jsonl")
        .POST(HttpRequest.BodyPublishers.ofByteArray(resource("/faq/test-kb.jsonl"))));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"imported\":7");
  }

  @Test
  void answersAResidentsQuestionFromTheKnowledgeBase() {
    String reply = ask(TestAccounts.newOpenId(), "门禁卡丢了怎么补办");

    assertThat(reply).contains("工本费20元");
  }

  @Test
  void offersSuggestionsAndANumberPicksOne() {
    String openId = TestAccounts.newOpenId();

    String offer = ask(openId, "车位月租多少钱");
    String second = offer.contains("2. 地面车位月租多少钱？") ? "每月150元" : "每月300元";
    String picked = ask(openId, "2");

    assertThat(offer).startsWith("您是想问：").contains("地下车库车位月租多少钱？").contains("地面车位月租多少钱？");
    assertThat(picked).contains(second);
  }

  @Test
  void admitsItDoesNotKnowAndRemembersTheQuestion() {
    String question = "明天小区游泳池开放吗" + System.nanoTime();

    String reply = ask(TestAccounts.newOpenId(), question);

    assertThat(reply).contains("400-800-1234");
    await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
        "select count(*) from unanswered_question where question = ? and decision = 'NONE'", Integer.class, question) == 1);
  }

  @Test
  void anEditIsAnsweredAtOnceAndADisabledEntryNoLonger() throws Exception {
    String edited = "{\"id\": \"t-card-lost\", \"category\": \"门禁\", \"question\": \"门禁卡丢了怎么补办？\", "
        + "\"similar\": [], \"answer\": \"补办门禁卡现在只需10元。\", \"keywords\": [\"门禁卡\"]}";
    HttpResponse<String> put = send(request("/api/faq/t-card-lost").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(edited)));
    assertThat(put.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(3)).until(() -> ask(TestAccounts.newOpenId(), "门禁卡丢了怎么补办").contains("10元"));

    assertThat(send(request("/api/faq/t-card-lost").DELETE()).statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(3)).until(() -> !ask(TestAccounts.newOpenId(), "门禁卡丢了怎么补办").contains("10元"));
  }

  @Test
  void refusesAnInvalidImportWholeWithAnErrorPerRow() throws Exception {
    String file = "{\"id\": \"ok-1\", \"question\": \"电梯坏了找谁\", \"answer\": \"请致电物业。\"}\n"
        + "{\"id\": \"ok-1\", \"question\": \"重复\", \"answer\": \"重复\"}\n"
        + "{\"id\": \"no-answer\", \"question\": \"没有答案\"}\n"
        + "not json\n";

    HttpResponse<String> response = send(request("/api/faq/import").header("Content-Type", "application/jsonl")
        .POST(HttpRequest.BodyPublishers.ofString(file)));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"row\":2").contains("\"row\":3").contains("\"row\":4").contains("answer");
    assertThat(send(request("/api/faq/ok-1").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void exportsToExcelAndImportsItBack() throws Exception {
    HttpResponse<byte[]> export = http.send(request("/api/faq/export?format=xlsx").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);

    HttpResponse<String> reimport = send(request("/api/faq/import")
        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));

    assertThat(reimport.statusCode()).isEqualTo(200);
    assertThat(reimport.body()).contains("\"imported\":");
  }

  @Test
  void theApiNeedsAnAdministrator() throws Exception {
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/faq")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(uri("/api/faq"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(uri("/anything-else")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(elsewhere.statusCode()).isIn(401, 403);
  }

  @Test
  void triesAQuestionWithoutRecordingIt() throws Exception {
    HttpResponse<String> response = send(request("/api/faq/ask?q=" + java.net.URLEncoder.encode("门禁卡丢了怎么补办", StandardCharsets.UTF_8)).GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"decision\":\"ANSWER\"").contains("\"answerId\":\"t-card-lost\"");
  }

  private String ask(String openId, String text) {
    WechatPushClient wechat = TestAccounts.safe(port);
    return wechat.push(PushMessage.text(openId, text)).reply().content();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FaqIT.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
