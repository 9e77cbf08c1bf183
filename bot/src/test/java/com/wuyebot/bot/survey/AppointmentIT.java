package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.StaffNotifier;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.integration.fake.SentMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reminders before the visit time a resident chose: read from their words, moved with a new time, dropped on cancel, sent by Quartz. */
class AppointmentIT extends SurveyBot {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory staff;

  @Autowired
  AppointmentReminders appointments;

  @Autowired
  StaffNotifier notifier;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theResidentsWordsBecomeAReminderAnHourBeforeAndANewTimeMovesIt() {
    Ticket ticket = repair(TestAccounts.newOpenId(), "明天上午十点");

    Appointment planned = appointments.ofTicket(ticket.number()).orElseThrow();
    Instant tomorrowAtTen = LocalDate.now(SHANGHAI).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    assertThat(planned.status()).isEqualTo(Appointment.Status.SCHEDULED);
    assertThat(planned.visitAt()).isEqualTo(tomorrowAtTen);
    assertThat(planned.remindAt()).isEqualTo(tomorrowAtTen.minus(Duration.ofHours(1)));
    assertThat(planned.staffName()).isEqualTo("王师傅");
    assertThat(triggersOf(planned)).containsExactly(triggerName(planned));

    AdminApi.Response moved = new AdminApi(port).put("/api/appointments/" + ticket.number(), "{\"time\":\"后天下午3点\"}");

    Instant dayAfterAtThree = LocalDate.now(SHANGHAI).plusDays(2).atTime(LocalTime.of(15, 0)).atZone(SHANGHAI).toInstant();
    assertThat(moved.status()).isEqualTo(200);
    assertThat(Instant.parse(moved.body().get("visitAt").asText())).isEqualTo(dayAfterAtThree);
    Appointment now = appointments.ofTicket(ticket.number()).orElseThrow();
    assertThat(now.remindAt()).isEqualTo(dayAfterAtThree.minus(Duration.ofHours(1)));
    assertThat(triggersOf(now)).containsExactly(triggerName(now));
  }

  @Test
  void aCancelledTicketCancelsItsReminder() {
    String openId = TestAccounts.newOpenId();
    Ticket ticket = repair(openId, "明天下午3点");
    Appointment planned = appointments.ofTicket(ticket.number()).orElseThrow();

    tickets.cancelByResident(ticket.number(), TestAccounts.SAFE_APP_ID, openId, "不需要了");

    assertThat(appointments.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(Appointment.Status.CANCELLED);
    assertThat(triggersOf(planned)).isEmpty();
    AdminApi.Response refused = new AdminApi(port).put("/api/appointments/" + ticket.number(), "{\"time\":\"后天下午3点\"}");
    assertThat(refused.status()).isEqualTo(409);
  }

  @Test
  void quartzRemindsTheResidentAndRecordsTheAssigneesReminder() throws Exception {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    TestAccounts.say(port, openId, "你好");
    Ticket ticket = repair(openId, "随时");
    assertThat(appointments.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(Appointment.Status.UNREADABLE);

    Instant soon = Instant.now().plus(Duration.ofHours(1)).plusSeconds(2);
    AdminApi.Response moved = new AdminApi(port).put("/api/appointments/" + ticket.number(), "{\"at\":\"" + soon + "\"}");
    assertThat(moved.status()).isEqualTo(200);

    SentMessage reminder = api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null
        && m.content().startsWith("温馨提醒"), Duration.ofSeconds(20));
    assertThat(reminder.content()).contains(ticket.number()).contains("王师傅");
    await().atMost(Duration.ofSeconds(10))
        .until(() -> appointments.ofTicket(ticket.number()).orElseThrow().status() == Appointment.Status.REMINDED);
    Appointment reminded = appointments.ofTicket(ticket.number()).orElseThrow();
    assertThat(reminded.residentRemindedAt()).isNotNull();
    assertThat(reminded.staffRemindedAt()).isNotNull();
    assertThat(notifier.recordedFor(ticket.number())).filteredOn(n -> n.purpose().startsWith("appointment:"))
        .singleElement().satisfies(n -> assertThat(n.body()).startsWith("上门提醒").contains(ticket.number()));

    // a leftover trigger of the same time does nothing a second time
    appointments.remind(reminded.id(), reminded.remindAt().toEpochMilli());
    Thread.sleep(300);
    assertThat(api().sentMessagesTo(openId)).filteredOn(m -> m.content() != null && m.content().startsWith("温馨提醒")).hasSize(1);
  }

  @Test
  void badRequestsGetProblems() {
    AdminApi admin = new AdminApi(port);
    Ticket ticket = repair(TestAccounts.newOpenId(), null);

    assertThat(appointments.ofTicket(ticket.number())).isEmpty();
    assertThat(admin.get("/api/appointments/" + ticket.number()).status()).isEqualTo(404);
    assertThat(admin.put("/api/appointments/" + ticket.number(), "{}").status()).isEqualTo(400);
    assertThat(admin.put("/api/appointments/" + ticket.number(), "{\"at\":\"tomorrow\"}").status()).isEqualTo(400);
    assertThat(admin.put("/api/appointments/BX19990101-0001", "{\"time\":\"明天10点\"}").status()).isEqualTo(404);
    AdminApi.Response unreadable = admin.put("/api/appointments/" + ticket.number(), "{\"time\":\"周末\"}");
    assertThat(unreadable.status()).isEqualTo(200);
    assertThat(unreadable.body().get("status").asText()).isEqualTo("UNREADABLE");
  }

  private Ticket repair(String openId, String preferredTime) {
    String community = "预约小区-" + UUID.randomUUID();
    Team team = staff.addTeam("水电组", community, List.of("水电"));
    Staff worker = staff.addMember(team.id(), "王师傅", "13800000000", null, false);
    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, "水电", null, community, "3栋2单元502",
        null, "厨房水管漏水", List.of(), TestAccounts.SAFE_APP_ID, openId, preferredTime, null, TicketChannel.WECHAT), "resident");
    return tickets.assign(ticket.number(), worker.id(), "dispatcher");
  }

  private List<String> triggersOf(Appointment appointment) {
    return jdbc.queryForList("select trigger_name from qrtz_triggers where trigger_group = 'survey' and trigger_name like ?",
        String.class, "appointment_remind-" + appointment.id() + "-%");
  }

  private static String triggerName(Appointment appointment) {
    return "appointment_remind-" + appointment.id() + "-" + appointment.remindAt().toEpochMilli();
  }
}
