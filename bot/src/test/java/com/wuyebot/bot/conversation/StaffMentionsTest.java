package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffMentionsTest {

  private final List<String> staff = List.of("王建国", "李明", "张伟", "张丽");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "感谢维修师傅王建国，修得又快又好, 王建国",
      "表扬保安小李，值班很负责, 李明",
      "王师傅手艺真好, 王建国",
      "老王辛苦了, 王建国",
  })
  void findsTheNamedMember(String text, String name) {
    assertThat(StaffMentions.find(text, staff)).hasValue(name);
  }

  @ParameterizedTest(name = "{0} names nobody for sure")
  @ValueSource(strings = {"谢谢物业的服务", "小张很热情", "感谢刘师傅"})
  void namesNobodyWhenUnsureOrUnknown(String text) {
    assertThat(StaffMentions.find(text, staff)).isEmpty();
  }
}
