package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberedChoiceTest {

  @ParameterizedTest(name = "{0} picks line {1}")
  @CsvSource({"2, 1", "１, 0", "第3个, 2", " 2套 , 1", "第２张, 1", "9。, 8"})
  void readsTheNumberOfAnOfferedLine(String text, int index) {
    assertThat(NumberedChoice.of(text)).hasValue(index);
  }

  @ParameterizedTest(name = "{0} is no choice")
  @ValueSource(strings = {"0", "10", "2栋", "第二个", "物业费怎么交", ""})
  void leavesOtherRepliesAlone(String text) {
    assertThat(NumberedChoice.of(text)).isEmpty();
  }
}
