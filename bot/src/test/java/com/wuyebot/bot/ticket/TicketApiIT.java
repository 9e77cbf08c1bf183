package com.wuyebot.bot.ticket;

import com.wuyebot.bot.testsupport.AdminApi;
import static com.wuyebot.bot.testsupport.AdminApi.repair;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tickets and their dispatch through the JSON API, over real HTTP. */
class TicketApiIT extends RunningBot {

  AdminApi api;
  String community;

  @BeforeEach
  void apiAndACommunityOfItsOwn() {
    api = new AdminApi(port);
    community = "小区-" + UUID.randomUUID();
  }

  @Test
  void opensARepairTicketAndGivesItToTheLeastBusyMemberOnDuty() {
    long[] members = api.teamOnDutyAllWeek(community, "水电", "王师傅", "李师傅");

    JsonNode first = api.created("/api/tickets", repair(community, "水电", null));
    JsonNode second = api.created("/api/tickets", repair(community, "水电", null));

    assertThat(first.get("number").asString()).matches("BX\\d{8}-\\d{4}");
    assertThat(first.get("status").asString()).isEqualTo("ASSIGNED");
    assertThat(second.get("status").asString()).isEqualTo("ASSIGNED");
    assertThat(java.util.List.of(first.get("assignee").get("id").asLong(), second.get("assignee").get("id").asLong()))
        .containsExactlyInAnyOrder(members[0], members[1]);
    assertThat(first.get("team").get("name").asString()).isEqualTo("水电组");
    assertThat(first.get("resident").get("openId").asString()).isEqualTo("o-resident");
    assertThat(first.get("photos").get(0).asString()).isEqualTo("media-1");
    assertThat(first.get("history")).extracting(h -> h.get("action").asString()).containsExactly("OPEN", "ASSIGN");
  }

  @Test
  void walksATicketThroughItsLifecycleAndRefusesAnIllegalStep() {
    api.teamOnDutyAllWeek(community, "水电", "王师傅");
    String number = api.created("/api/tickets", repair(community, "水电", null)).get("number").asString();
    String path = "/api/tickets/" + number;

    api.created(path + "/transitions", "{\"action\":\"START\"}");
    api.created(path + "/transitions", "{\"action\":\"HOLD\",\"note\":\"等配件\"}");
    api.created(path + "/transitions", "{\"action\":\"RESUME\"}");
    api.created(path + "/comments", "{\"body\":\"师傅下午到\",\"visibleToResident\":true}");
    api.created(path + "/transitions", "{\"action\":\"RESOLVE\",\"note\":\"换了阀门\"}");
    AdminApi.Response cancel = api.post(path + "/transitions", "{\"action\":\"CANCEL\",\"note\":\"不要了\"}");
    JsonNode closed = api.created(path + "/transitions", "{\"action\":\"CLOSE\"}");

    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.body().get("ticketStatus").asString()).isEqualTo("RESOLVED");
    assertThat(cancel.body().get("action").asString()).isEqualTo("CANCEL");
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("history")).extracting(h -> h.get("action").asString())
        .containsExactly("OPEN", "ASSIGN", "START", "HOLD", "RESUME", "RESOLVE", "CLOSE");
    assertThat(closed.get("history").get(5).get("actor").asString()).isEqualTo("admin");
    assertThat(closed.get("comments").get(0).get("visibleToResident").asBoolean()).isTrue();
    assertThat(api.get(path).body().get("resolvedAt").isNull()).isFalse();
  }

  @Test
  void aRetriedRequestReturnsTheFirstTicket() {
    String key = "msg-" + UUID.randomUUID();

    JsonNode first = api.created("/api/tickets", repair(community, "门窗", key));
    JsonNode retry = api.created("/api/tickets", repair(community, "门窗", key));

    assertThat(retry.get("number").asString()).isEqualTo(first.get("number").asString());
    assertThat(api.get("/api/tickets?community=" + community).body().get("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void staysNewWithoutATeamAndIsAssignedByHandOrAgainAutomatically() {
    JsonNode ticket = api.created("/api/tickets", repair(community, "电梯", null));
    String path = "/api/tickets/" + ticket.get("number").asString();
    AdminApi.Response noTeam = api.post(path + "/assignment", "{}");
    long[] members = api.teamOnDutyAllWeek(community, "电梯", "电梯维保张工", "电梯维保赵工");

    JsonNode manual = api.created(path + "/assignment", "{\"staffId\":" + members[1] + "}");
    JsonNode reassigned = api.created(path + "/assignment", "{\"staffId\":" + members[0] + "}");

    assertThat(ticket.get("status").asString()).isEqualTo("NEW");
    assertThat(noTeam.status()).isEqualTo(409);
    assertThat(manual.get("assignee").get("id").asLong()).isEqualTo(members[1]);
    assertThat(reassigned.get("assignee").get("id").asLong()).isEqualTo(members[0]);
    assertThat(reassigned.get("status").asString()).isEqualTo("ASSIGNED");
  }

  @Test
  void routesToTheTeamQueueWhenNobodyIsOnDuty() {
    long team = api.created("/api/teams", "{\"name\":\"土建组\",\"community\":\"" + community + "\",\"categories\":[\"公共设施\"]}")
        .get("id").asLong();
    long member = api.created("/api/staff", "{\"teamId\":" + team + ",\"name\":\"刘师傅\",\"phone\":\"13900000000\"}").get("id").asLong();
    JsonNode off = api.created("/api/roster", "{\"staffId\":" + member + ",\"date\":\"2000-01-01\",\"shift\":\"DAY\"}");

    JsonNode ticket = api.created("/api/tickets", repair(community, "公共设施", null));
    AdminApi.Response auto = api.post("/api/tickets/" + ticket.get("number").asString() + "/assignment", "{}");

    assertThat(ticket.get("status").asString()).isEqualTo("NEW");
    assertThat(ticket.get("team").get("id").asLong()).isEqualTo(team);
    assertThat(auto.status()).isEqualTo(409);
    assertThat(api.get("/api/roster/on-duty?teamId=" + team).body()).isEmpty();
    assertThat(api.delete("/api/roster/" + off.get("id").asLong()).status()).isEqualTo(204);
  }

  @Test
  void listsWithFiltersAndPages() {
    api.teamOnDutyAllWeek(community, "水电", "王师傅");
    for (int i = 0; i < 3; i++) {
      api.created("/api/tickets", repair(community, "水电", null));
    }
    api.created("/api/tickets", repair(community, "其他", null).replace("REPAIR", "COMPLAINT"));
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

    JsonNode page = api.get("/api/tickets?community=" + community + "&status=ASSIGNED&size=2&page=1").body();
    JsonNode complaints = api.get("/api/tickets?community=" + community + "&type=COMPLAINT&from=" + today + "&to=" + today).body();
    JsonNode tomorrow = api.get("/api/tickets?community=" + community + "&from="
        + java.time.LocalDate.parse(today).plusDays(2)).body();

    assertThat(page.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(complaints.get("items")).singleElement().satisfies(t -> {
      assertThat(t.get("number").asString()).startsWith("TS");
      assertThat(t.get("status").asString()).isEqualTo("NEW");
    });
    assertThat(tomorrow.get("totalItems").asLong()).isZero();
  }

  @Test
  void answersProblemsForUnknownOrInvalidRequests() {
    AdminApi.Response missing = api.get("/api/tickets/BX20000101-0001");
    AdminApi.Response invalid = api.post("/api/tickets", "{\"type\":\"REPAIR\",\"category\":\"\",\"community\":\"x\",\"description\":\"漏水\"}");
    AdminApi.Response badType = api.post("/api/tickets", repair(community, "水电", null).replace("REPAIR", "PIZZA"));
    AdminApi.Response noStaff = api.post("/api/staff", "{\"teamId\":999999,\"name\":\"某人\",\"phone\":\"1\"}");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(badType.status()).isEqualTo(400);
    assertThat(noStaff.status()).isEqualTo(404);
  }
}
