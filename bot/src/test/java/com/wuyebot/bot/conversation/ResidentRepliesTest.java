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
}
