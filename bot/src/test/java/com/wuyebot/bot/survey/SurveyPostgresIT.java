package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The survey's tables, queries and triggers on PostgreSQL: a chat answer with its follow-up, an appointment, the statistics. */
@TestPropertySource(properties = {
    "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
    "bot.survey.delay=0s",
    "bot.survey.quiet-from=00:00",
    "bot.survey.quiet-until=00:00"})
class SurveyPostgresIT extends RunningBotOnPostgres {

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory staff;

  @Autowired
  SurveyService surveys;

  @Autowired
  AppointmentReminders appointments;

  @Autowired
  Wording wording;

  @Test
  void aLowScoreInTheChatIsFollowedUpAndCountedOnPostgres() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    TestAccounts.say(port, openId, "你好");
    String category = "PG-" + UUID.randomUUID().toString().substring(0, 8);
    String community = "PG小区-" + UUID.randomUUID();
    Team team = staff.addTeam("水电组", community, List.of(category));
    Staff worker = staff.addMember(team.id(), "王师傅", "13800000000", null, false);
    staff.addMember(team.id(), "李主管", "13900000000", null, true);
    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, category, null, community, "3栋2单元502",
        null, "厨房水管漏水", List.of(), TestAccounts.SAFE_APP_ID, openId, "明天下午3点", null, TicketChannel.WECHAT), "resident");
    tickets.assign(ticket.number(), worker.id(), "dispatcher");
    assertThat(appointments.ofTicket(ticket.number()).orElseThrow().status()).isEqualTo(Appointment.Status.SCHEDULED);
    tickets.start(ticket.number(), "王师傅");
    tickets.resolve(ticket.number(), "更换了水管接头", "王师傅");
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null && m.content().contains("请为本次服务打个分"),
        Duration.ofSeconds(15));

    assertThat(TestAccounts.say(port, openId, "1")).startsWith(wording.text("survey.thanks.low"));
    assertThat(TestAccounts.say(port, openId, "师傅把墙弄脏了没收拾")).isEqualTo(wording.text("survey.comment-thanks"));

    Ticket reopened = tickets.get(ticket.number());
    assertThat(reopened.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(reopened.assignee().name()).isEqualTo("李主管");
    assertThat(surveys.ofTicket(ticket.number()).orElseThrow().comment()).isEqualTo("师傅把墙弄脏了没收拾");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    AdminApi.Response stats = new AdminApi(port).get("/api/surveys/stats?groupBy=staff&from=" + today.minusDays(1) + "&to=" + today);
    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.body().toString()).contains("\"label\":\"王师傅\"");
  }
}
