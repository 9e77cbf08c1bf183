package com.wuyebot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.ConsoleBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in, throttling, CSRF, who may open what, escaping of resident text, audited personal data. */
class ConsoleSecurityIT extends ConsoleBot {

  @Autowired
  HumanHandoff handoff;

  @Autowired
  TicketService tickets;

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "AGENT,   /console,                  200",
      "AGENT,   /console/inbox/list,       200",
      "AGENT,   /console/canned,           403",
      "AGENT,   /console/knowledge,        403",
      "AGENT,   /console/knowledge/gaps,   403",
      "AGENT,   /console/users,            403",
      "AGENT,   /console/audit,            403",
      "MANAGER, /console,                  200",
      "MANAGER, /console/stats/daily,      200",
      "MANAGER, /console/canned,           200",
      "MANAGER, /console/knowledge,        200",
      "MANAGER, /console/knowledge/gaps,   200",
      "MANAGER, /console/users,            403",
      "MANAGER, /console/audit,            403",
      "ADMIN,   /console/users,            200",
      "ADMIN,   /console/audit,            200",
      "ADMIN,   /console/knowledge,        200",
      "ADMIN,   /console/canned,           200",
  })
  void eachRoleOpensItsPagesOnly(ConsoleRole role, String path, int status) {
    ConsoleClient console = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, role));

    ConsoleClient.Page page = console.get(path);

    assertThat(page.status()).as(page.body()).isEqualTo(status);
    if (status == 403) {
      assertThat(page.body()).contains("无权访问");
    }
  }

  @ParameterizedTest
  @CsvSource({"/console", "/console/users", "/console/knowledge", "/console/conversations/1"})
  void strangersAreSentToTheLoginPage(String path) {
    ConsoleClient.Page page = new ConsoleClient(port).get(path);

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
  }

  @Test
  void consoleUsersCannotUseTheAdministrationApi() throws Exception {
    String agent = ConsoleClient.newUser(port, ConsoleRole.ADMIN);
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/console-users"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (agent + ":" + ConsoleClient.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void theEnvironmentAdministratorSignsInAsAdmin() {
    ConsoleClient console = new ConsoleClient(port);
    assertThat(console.login("admin", "test-admin").location()).endsWith("/console");

    assertThat(console.get("/console/users").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedAndFiveLockTheUserOutFromThatAddress() {
    String user = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    ConsoleClient console = new ConsoleClient(port);

    assertThat(console.login(user, "wrong-password").location()).endsWith("/login?error");
    for (int i = 0; i < 3; i++) {
      console.login(user, "wrong-password");
    }
    assertThat(console.login(user, "wrong-password").location()).endsWith("/login?locked");
    assertThat(console.login(user, ConsoleClient.PASSWORD).location()).endsWith("/login?locked");
    assertThat(console.get("/login?locked").body()).contains("登录失败次数过多");
  }

  @Test
  void postsWithoutTheCsrfTokenAreRefused() {
    String user = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    ConsoleClient console = ConsoleClient.signedIn(port, user);

    ConsoleClient.Page page = console.postRaw("/console/presence", Map.of("presence", "AWAY"));

    assertThat(page.status()).isEqualTo(403);
    assertThat(presenceOf(user)).isEqualTo("ONLINE");
    assertThat(console.post("/console/presence", Map.of("presence", "AWAY")).status()).isEqualTo(302);
    assertThat(presenceOf(user)).isEqualTo("AWAY");
  }

  private String presenceOf(String user) {
    return jdbc.queryForObject("select presence from console_user where username = ?", String.class, user);
  }

  @Test
  void residentTextIsShownAsTextAndPhonesAreMaskedUntilARevealThatIsAudited() {
    String openId = TestAccounts.newOpenId();
    tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, "水电", null, "安全小区", "3栋2单元502", null,
        "厨房漏水，联系13912345678", List.of(), TestAccounts.SAFE_APP_ID, openId, null, null, TicketChannel.WECHAT), "resident");
    handoff.requestHuman(text(openId, "我的电话是13812345678"), HumanHandoff.Reason.ASKED);
    TestAccounts.safe(port).push(PushMessage.text(openId, "<img src=x onerror=alert(1)>"));
    long id = jdbc.queryForObject("select id from escalation where open_id = ?", Long.class, openId);
    String agent = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    ConsoleClient console = ConsoleClient.signedIn(port, agent);

    String inbox = console.get("/console").body();
    String page = console.get("/console/conversations/" + id).body();

    for (String html : new String[] {inbox, page}) {
      assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }
    assertThat(page).contains("138****5678").doesNotContain("13812345678")
        .contains("厨房漏水，联系139****5678").doesNotContain("13912345678");
    assertThat(console.post("/console/conversations/" + id + "/phones/0", Map.of()).body()).contains("13812345678");
    assertThat(jdbc.queryForList("select action from console_audit where actor = ? order by id", String.class, agent))
        .containsExactly("resident.view", "phone.reveal");
  }

  @Test
  void administratorsCreateUsersThroughTheApiWithCleanErrors() {
    AdminApi api = new AdminApi(port);
    String name = "api-user-" + ThreadLocalRandom.current().nextInt(1_000_000);
    String body = "{\"username\":\"" + name + "\",\"password\":\"long-enough-1\",\"role\":\"MANAGER\"}";

    assertThat(api.post("/api/console-users", body).status()).isEqualTo(201);
    assertThat(api.post("/api/console-users", body).status()).isEqualTo(409);
    assertThat(api.post("/api/console-users", "{\"username\":\"x y\",\"password\":\"long-enough-1\",\"role\":\"AGENT\"}").status())
        .isEqualTo(400);
    assertThat(api.post("/api/console-users", "{\"username\":\"short-pw\",\"password\":\"123\",\"role\":\"AGENT\"}").status())
        .isEqualTo(400);
    assertThat(api.post("/api/console-users", "{\"username\":\"bad-role\",\"password\":\"long-enough-1\",\"role\":\"BOSS\"}").status())
        .isEqualTo(400);
    assertThat(api.post("/api/console-users", "not json").status()).isEqualTo(400);
    assertThat(api.get("/api/console-users/" + name).body().get("role").asText()).isEqualTo("MANAGER");
    assertThat(api.get("/api/console-users/" + name).body().has("password")).isFalse();
    assertThat(api.get("/api/console-users/nobody-" + name).status()).isEqualTo(404);
  }

  private static InboundMessage text(String openId, String text) {
    return new InboundMessage(TestAccounts.SAFE_APP_ID, TestAccounts.GH_ID, openId, Instant.now(), MessageType.TEXT,
        ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), text, null, null, null, null, null, null, null);
  }
}
