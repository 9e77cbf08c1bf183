package com.wuyebot.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PushMessage;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A resident's data exported and erased on request, and old rows deleted after their retention. */
@TestPropertySource(properties = {"bot.privacy.retention.outbound-messages=30d", "bot.escalation.agent-hours=00:00-24:00"})
class PrivacyIT extends RunningBot {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ResidentDataRequests requests;

  @Test
  void exportsEverythingAboutAResidentThenErasesItKeepingAnonymousTickets() {
    String openId = TestAccounts.newOpenId();
    String mediaId = "media-" + openId;
    api().media(mediaId, "leak.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 7, 7, 7});
    TestAccounts.safe(port).push(PushMessage.subscribe(openId));
    TestAccounts.say(port, openId, "3栋2单元502 厨房水管漏水了 今天下午在家");
    TestAccounts.safe(port).push(PushMessage.image(openId, "http://mmbiz.example/leak.jpg", mediaId));
    String opened = TestAccounts.say(port, openId, "确认");
    assertThat(opened).contains("报修已提交");
    assertThat(TestAccounts.say(port, openId, "补充 我家电话是13800138000")).contains("已补充");
    Path photo = Path.of(await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
        "select stored_path from ticket_photo where ticket_number = ? and stored_path is not null", String.class,
        number(opened)), paths -> paths.size() == 1).get(0));
    assertThat(photo).exists();
    AdminApi api = new AdminApi(port);
    String path = "/api/privacy/residents/" + TestAccounts.SAFE_APP_ID + "/" + openId;

    JsonNode export = api.get(path).body();

    assertThat(export.get("followers")).hasSize(1);
    assertThat(export.get("tickets")).hasSize(1);
    assertThat(export.get("tickets").get(0).get("description").asString()).contains("漏水");
    assertThat(export.get("ticket-comments").get(0).get("body").asString()).contains("13800138000");
    assertThat(export.get("ticket-photos")).hasSize(1);

    AdminApi.Response erased = api.delete(path);

    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.body().get("tickets").asInt()).isEqualTo(1);
    assertThat(api.get(path).body().get("tickets")).isEmpty();
    assertThat(api.get(path).body().get("followers")).isEmpty();
    Map<String, Object> ticket = jdbc.queryForMap("select open_id, house, description from ticket where description = ? "
        + "and ticket_number = ?", "（居民已要求删除个人信息）", number(opened));
    assertThat(ticket.get("open_id")).isNull();
    assertThat(ticket.get("house")).isEqualTo("");
    assertThat(jdbc.queryForList("select c.body from ticket_comment c join ticket t on t.id = c.ticket_id "
        + "where t.ticket_number = ? and c.author = 'resident'", String.class, number(opened)))
        .containsExactly("（居民已要求删除个人信息）");
    assertThat(jdbc.queryForObject("select count(*) from ticket_photo where ticket_number = ?", Integer.class,
        number(opened))).isZero();
    assertThat(photo).doesNotExist();
    assertThat(jdbc.queryForList("select resident from privacy_request where requested_by = 'admin'", String.class))
        .isNotEmpty().doesNotContain(openId);
  }

  @Test
  void erasesConversationsWithAgentsWithTheirTranscripts() {
    String openId = TestAccounts.newOpenId();
    TestAccounts.say(port, openId, "转人工");
    TestAccounts.say(port, openId, "我家的门禁卡坏了");
    long escalation = jdbc.queryForObject("select id from escalation where open_id = ?", Long.class, openId);
    assertThat(jdbc.queryForObject("select count(*) from escalation_message where escalation_id = ?", Integer.class,
        escalation)).isPositive();

    AdminApi.Response erased = new AdminApi(port).delete("/api/privacy/residents/" + TestAccounts.SAFE_APP_ID + "/" + openId);

    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.body().get("conversations-with-agents").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from escalation_message where escalation_id = ?", Integer.class,
        escalation)).isZero();
  }

  @Test
  void deletesRowsOlderThanTheirRetentionAndKeepsTheRest() {
    String openId = TestAccounts.newOpenId();
    insertOutboundMessage(openId, "old", Instant.now().minus(Duration.ofDays(31)));
    insertOutboundMessage(openId, "recent", Instant.now().minus(Duration.ofDays(29)));

    requests.applyRetention();
    requests.applyRetention();

    assertThat(jdbc.queryForList("select purpose from outbound_message where open_id = ?", String.class, openId))
        .containsExactly("recent");
  }

  private void insertOutboundMessage(String openId, String purpose, Instant createdAt) {
    jdbc.update("insert into outbound_message (app_id, open_id, purpose, text, status, attempts, created_at, updated_at) "
        + "values (?, ?, ?, '您好', 'SENT', 1, ?, ?)", TestAccounts.SAFE_APP_ID, openId, purpose, Timestamp.from(createdAt),
        Timestamp.from(createdAt));
  }

  private static String number(String reply) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("BX\\d{8}-\\d{4}").matcher(reply);
    assertThat(number.find()).isTrue();
    return number.group();
  }
}
