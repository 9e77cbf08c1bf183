package com.wuyebot.bot.conversation;

import com.wuyebot.bot.wording.TestWording;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentRepliesTest {

  private final ResidentReplies replies = new ResidentReplies(TestWording.defaults());

  @Test
  void numbersTheSuggestionsAndSaysHowToPick() {
    assertThat(replies.suggestions(List.of("物业费怎么交？", "停车费怎么交？"))).isEqualTo("""
        您是想问：
        1. 物业费怎么交？
        2. 停车费怎么交？
        请回复序号查看答案；都不是的话，换个说法再问我也可以。""");
  }

  @Test
  void theFallbackAndTheWelcomeGiveTheServiceDesk() {
    assertThat(replies.fallback()).contains("客服中心", "0571-88886666", "工作日 9:00-18:00");
    assertThat(replies.welcome()).contains("0571-88886666").contains("报修");
  }

  @Test
  void everyTicketActionHasItsSentences() {
    for (ChatCommands.Kind kind : ChatCommands.Kind.values()) {
      if (kind == ChatCommands.Kind.BIND || kind == ChatCommands.Kind.UNBIND) {
        continue;
      }
      assertThat(replies.text("action.name." + kind)).isNotBlank();
      assertThat(replies.text("action.none." + kind)).doesNotContain("{");
      assertThat(replies.text("action.notEligible." + kind, "number", "BX20261126-0001")).contains("BX20261126-0001");
    }
  }

  @Test
  void progressLinesSayWhoHasTheTicketAndWhenItIsExpected() {
    assertThat(replies.ticketLine("BX20261126-0001", com.wuyebot.bot.ticket.TicketType.REPAIR,
        com.wuyebot.bot.ticket.TicketStatus.ASSIGNED, "王建国", "11月26日 09:00", null, "11月27日 17:30"))
        .isEqualTo("· BX20261126-0001 报修：已派单，负责人王建国，11月26日 09:00提交，预计11月27日 17:30前处理完");
    assertThat(replies.ticketLine("TS20261126-0002", com.wuyebot.bot.ticket.TicketType.COMPLAINT,
        com.wuyebot.bot.ticket.TicketStatus.NEW, null, "11月26日 09:00", "明天上午", "11月27日 17:30"))
        .isEqualTo("· TS20261126-0002 投诉：已受理，等待派单，11月26日 09:00提交，约定时间明天上午");
  }
}
