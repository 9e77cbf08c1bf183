package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Outside agent hours: no queue, the resident learns when agents return and gets one callback ticket a day. */
class AfterHoursHandoffIT extends RunningBot {

  /** Agents only work the day after tomorrow, so whenever this runs it is after hours. */
  private static final DayOfWeek WORKDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).getDayOfWeek();

  @DynamicPropertySource
  static void agentsAwayUntilTheDayAfterTomorrow(DynamicPropertyRegistry registry) {
    registry.add("bot.escalation.agent-days-off", () -> Arrays.stream(DayOfWeek.values())
        .filter(day -> day != WORKDAY).map(DayOfWeek::name).collect(Collectors.joining(",")));
  }

  @Autowired
  HumanHandoff handoff;
  @Autowired
  Escalations escalations;
  @Autowired
  TicketService tickets;

  @Test
  void tellsWhenAgentsReturnAndOpensOneCallbackTicket() {
    String openId = TestAccounts.newOpenId();

    String first = handoff.requestHuman(ResidentMessages.text(openId, "我要投诉楼上噪音，找人工"), HumanHandoff.Reason.COMPLAINT);
    String second = handoff.requestHuman(ResidentMessages.text(openId, "人工"), HumanHandoff.Reason.ASKED);

    List<Ticket> callbacks = tickets.ofResident(TestAccounts.SAFE_APP_ID, openId);
    assertThat(callbacks).singleElement().satisfies(ticket -> {
      assertThat(ticket.category()).isEqualTo("人工回电");
      assertThat(ticket.description()).contains("我要投诉楼上噪音");
    });
    LocalDate returns = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
    String returnsAt = returns.getMonthValue() + "月" + returns.getDayOfMonth() + "日 8:00";
    assertThat(first).contains("休息时间").contains(returnsAt).contains(callbacks.get(0).number());
    assertThat(second).contains(callbacks.get(0).number());
    assertThat(escalations.openFor(TestAccounts.SAFE_APP_ID, openId)).isEmpty();
  }

  @Test
  void aRequestForAPersonMidIntakeGetsTheDeskAndKeepsTheIntake() {
    String openId = TestAccounts.newOpenId();
    TestAccounts.say(port, openId, "6栋2单元901 热水器漏电");

    assertThat(TestAccounts.say(port, openId, "人工")).contains("400-800-1234", "继续");
    assertThat(TestAccounts.say(port, openId, "今晚八点后")).contains("请核对报修信息", "今晚八点后");
  }
}
