package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.conversation.ChatCommands.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatCommandsTest {

  @ParameterizedTest(name = "{0} → {1} {2} [{3}]")
  @CsvSource({
      "绑定房屋, BIND, , ''",
      "我要绑定房屋 阳光花园 3栋2单元502, BIND, , 阳光花园 3栋2单元502",
      "解绑, UNBIND, , ''",
      "催单, URGE, , ''",
      "帮我催一下 BX20261126-0003, URGE, BX20261126-0003, ''",
      "补充：门把手也松了, SUPPLEMENT, , 门把手也松了",
      "补充, SUPPLEMENT, , ''",
      "取消报修, CANCEL_TICKET, , ''",
      "取消工单 bx20261126-0012, CANCEL_TICKET, BX20261126-0012, ''",
      "已修好, FIXED, , 已修好",
      "修好了, FIXED, , 修好了",
      "没修好, NOT_FIXED, , 没修好",
      "还是坏的, NOT_FIXED, , 还是坏的",
  })
  void readsWhatResidentsSay(String text, Kind kind, String number, String rest) {
    assertThat(ChatCommands.of(text)).hasValueSatisfying(command -> {
      assertThat(command.kind()).isEqualTo(kind);
      assertThat(command.number()).isEqualTo(number);
      assertThat(command.rest()).isEqualTo(rest);
    });
  }

  @ParameterizedTest(name = "{0} is no command")
  @ValueSource(strings = {"厨房水管漏水了", "上次修好了的水管今天又漏了，在3栋2单元502", "物业费怎么交", "好的", "好了"})
  void leavesOtherMessagesToTheIntents(String text) {
    assertThat(ChatCommands.of(text)).isEmpty();
  }
}
