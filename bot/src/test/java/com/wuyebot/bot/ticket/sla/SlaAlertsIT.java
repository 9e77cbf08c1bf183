package com.wuyebot.bot.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Shift;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.integration.fake.SentMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SLA notices reach people: a warning the assignee, a breach the supervisor, each once however often the sweep runs. */
class SlaAlertsIT extends RunningBot {

  @Autowired
  SlaWatch watch;

  @Autowired
  TicketDeadlines deadlines;

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory directory;

  @BeforeAll
  static void staffTemplate() {
    api().template("staff-tpl-1");
  }

  @Test
  void warnsTheAssigneeAndEscalatesTheBreachToTheSupervisorOnce() {
    String category = "SLA提醒-" + UUID.randomUUID().toString().substring(0, 8);
    Team team = directory.addTeam("水电组", null, List.of(category));
    Staff worker = directory.addMember(team.id(), "王师傅", "13800001111", null, false);
    for (DayOfWeek day : DayOfWeek.values()) {
      directory.addShift(worker.id(), null, day, Shift.ALL_DAY);
    }
    Staff supervisor = directory.addMember(team.id(), "李主管", "13800002222", null, true);
    String workerOpenId = bind(worker);
    String supervisorOpenId = bind(supervisor);
    Ticket ticket = tickets.open(new OpenTicketCommand("sla-alert-" + UUID.randomUUID(), TicketType.REPAIR, category,
        TicketPriority.NORMAL, "阳光花园", "3栋2单元501", null, "楼道灯不亮", List.of(), null, null, null, null,
        TicketChannel.WECHAT), "it");
    assertThat(ticket.assignee().id()).isEqualTo(worker.id());
    api().awaitSentMessage(m -> workerOpenId.equals(m.toUser()), Duration.ofSeconds(10));
    SlaStatus sla = deadlines.of(tickets.get(ticket.number())).orElseThrow();

    Instant warning = sla.resolution().due().minus(Duration.ofMinutes(10));
    watch.sweep(warning);
    watch.sweep(warning.plusSeconds(60));

    assertThat(titles(workerOpenId)).containsExactly("新派单", "即将超时");
    SentMessage warned = api().sentMessagesTo(workerOpenId).get(1);
    assertThat(warned.dataValue("character_string2")).isEqualTo(ticket.number());

    Instant breach = sla.resolution().due().plusSeconds(60);
    watch.sweep(breach);
    watch.sweep(breach.plusSeconds(60));

    // the response was met at the assignment: only the resolution is late
    assertThat(titles(supervisorOpenId)).containsExactly("已超时");
    assertThat(api().sentMessagesTo(supervisorOpenId).get(0).dataValue("character_string2")).isEqualTo(ticket.number());
    watch.sweep(breach.plusSeconds(600));
    assertThat(titles(supervisorOpenId)).hasSize(1);
    assertThat(titles(workerOpenId)).hasSize(2);
  }

  private List<String> titles(String openId) {
    return api().sentMessagesTo(openId).stream().map(m -> m.dataValue("thing1")).toList();
  }

  private String bind(Staff member) {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    directory.bind(directory.offerBinding(member.id(), Duration.ofMinutes(5)).code(), TestAccounts.SAFE_APP_ID, openId);
    return openId;
  }
}
