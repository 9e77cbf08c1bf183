package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Residents of one building reporting the same outage: one incident, resolved with all its tickets. */
class IncidentIT extends RunningBot {

  @Autowired
  TicketService tickets;

  @Autowired
  IncidentDesk desk;

  @Autowired
  ResidentMessenger messenger;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twoReportsOfAnOutageInOneBuildingBecomeOneIncidentThatResolvesThemAll() {
    String community = "停水小区-" + UUID.randomUUID().toString().substring(0, 8);
    String first = TestAccounts.newOpenId();
    String second = TestAccounts.newOpenId();
    TestAccounts.say(port, first, "你好");
    TestAccounts.say(port, second, "你好");

    Ticket a = tickets.open(report(community, "3栋2单元501", "水电", "家里停水了，一滴水都没有", first), "it");
    Ticket elsewhere = tickets.open(report(community, "5栋1单元101", "水电", "停水了", TestAccounts.newOpenId()), "it");
    assertThat(awaitIncident(a)).as("one report is not an incident").isEmpty();
    Ticket b = tickets.open(report(community, "3-1-702", "水电", "我家也没水了", second), "it");
    long incident = awaitIncident(b).orElseThrow();
    assertThat(awaitIncident(a)).contains(incident);
    Ticket c = tickets.open(report(community, "3号楼1单元302", "水电", "停水", TestAccounts.newOpenId()), "it");
    assertThat(awaitIncident(c)).as("a later report joins the open incident").contains(incident);
    assertThat(tickets.get(elsewhere.number()).incidentId()).as("another building").isNull();

    AdminApi admin = new AdminApi(port);
    JsonNode listed = admin.get("/api/incidents?status=OPEN").body();
    assertThat(listed.findValues("id").stream().map(JsonNode::asLong)).contains(incident);
    JsonNode resolved = admin.created("/api/incidents/" + incident + "/resolution", "{\"note\":\"市政管网抢修完毕，已恢复供水\"}");

    assertThat(resolved.get("incident").get("status").asString()).isEqualTo("RESOLVED");
    assertThat(resolved.get("incident").get("building").asString()).isEqualTo("3栋");
    assertThat(resolved.get("tickets").findValuesAsString("status")).containsExactly("RESOLVED", "RESOLVED", "RESOLVED");
    assertThat(tickets.get(elsewhere.number()).status()).isEqualTo(TicketStatus.NEW);
    for (String resident : List.of(first, second)) {
      assertThat(awaitResolvedNotice(resident)).contains("已处理完成", "市政管网抢修完毕");
    }
    assertThat(admin.post("/api/incidents/" + incident + "/resolution", "{\"note\":\"再来一次\"}").status()).isEqualTo(409);
  }

  @Test
  void reportsArrivingAtOnceMakeOneIncident() throws Exception {
    String community = "停电小区-" + UUID.randomUUID().toString().substring(0, 8);
    List<Ticket> reports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reports.add(tickets.open(report(community, "8栋" + (i + 1) + "单元101", "电", "突然停电了", null), "it"));
    }
    jdbc.update("UPDATE ticket SET incident_id = NULL WHERE community = ?", community);
    jdbc.update("DELETE FROM incident WHERE community = ?", community);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Optional<Long>>> results = new ArrayList<>();
      for (Ticket report : reports) {
        results.add(pool.submit(() -> {
          start.await();
          return desk.consider(report.number());
        }));
      }
      start.countDown();
      for (Future<Optional<Long>> result : results) {
        result.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(jdbc.queryForObject("SELECT count(*) FROM incident WHERE community = ?", Integer.class, community)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT DISTINCT incident_id FROM ticket WHERE community = ?", Long.class, community))
        .singleElement().isNotNull();
  }

  @Test
  void answersUnknownIncidentsAndEmptyNotes() {
    AdminApi admin = new AdminApi(port);
    assertThat(admin.get("/api/incidents/987654321").status()).isEqualTo(404);
    assertThat(admin.post("/api/incidents/987654321/resolution", "{\"note\":\"好了\"}").status()).isEqualTo(404);
    assertThat(admin.post("/api/incidents/1/resolution", "{\"note\":\"\"}").status()).isEqualTo(400);
    assertThat(admin.get("/api/incidents?status=BROKEN").status()).isEqualTo(400);
  }

  private Optional<Long> awaitIncident(Ticket ticket) {
    for (int i = 0; i < 30; i++) {
      Long incident = tickets.get(ticket.number()).incidentId();
      if (incident != null) {
        return Optional.of(incident);
      }
      sleep();
    }
    return Optional.empty();
  }

  private String awaitResolvedNotice(String openId) {
    for (int i = 0; i < 100; i++) {
      Optional<String> text = messenger.sentTo(TestAccounts.SAFE_APP_ID, openId).stream()
          .filter(m -> m.purpose().contains(":resolved:")).map(m -> m.text()).findFirst();
      if (text.isPresent()) {
        return text.get();
      }
      sleep();
    }
    return "";
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static OpenTicketCommand report(String community, String house, String category, String description, String openId) {
    return new OpenTicketCommand("incident-it-" + UUID.randomUUID(), TicketType.REPAIR, category, TicketPriority.NORMAL,
        community, house, null, description, List.of(), openId == null ? null : TestAccounts.SAFE_APP_ID, openId, null, null,
        TicketChannel.WECHAT);
  }
}
