package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Residents' answers to 「请回复 1-5 评价本次服务」 in the forms they type them. */
class ChatAnswerTest {

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "5|5|-",
      "５|5|-",
      " 4 |4|-",
      "1|1|-",
      "5分|5|-",
      "5星|5|-",
      "五星|5|-",
      "五|5|-",
      "三分|3|-",
      "四颗星|4|-",
      "非常满意|5|-",
      "很满意|5|-",
      "满意|4|-",
      "满意！|4|-",
      "比较满意|4|-",
      "一般|3|-",
      "还行|3|-",
      "还行吧|3|-",
      "不满意|2|-",
      "不太满意|2|-",
      "非常不满意|1|-",
      "很差|1|-",
      "好评|5|-",
      "差评|1|-",
      "3 还行吧|3|还行吧",
      "３，师傅来晚了|3|师傅来晚了",
      "5 师傅很专业，谢谢|5|师傅很专业，谢谢",
      "2分 还是有点漏|2|还是有点漏",
      "不满意，还在漏水|2|还在漏水",
      "非常满意！王师傅手脚麻利|5|王师傅手脚麻利",
      "满意 谢谢|4|谢谢"})
  void readsScoresAndComments(String message, int score, String comment) {
    assertThat(ChatAnswer.read(message)).isEqualTo(new ChatAnswer.Score(score, comment));
  }

  @ParameterizedTest
  @ValueSource(strings = {"不评价", "不想评价", "拒绝", "不评价了", "跳过", "不评价。"})
  void readsRefusals(String message) {
    assertThat(ChatAnswer.read(message)).isInstanceOf(ChatAnswer.Decline.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5楼的灯坏了", "物业费怎么交", "6", "0", "10", "12点", "3栋2单元502", "满意度怎么算", "三楼漏水",
      "一下", "差不多了", "水管又漏了", "我不满意你们的停车收费标准吗？那怎么办", "", "  ", "五楼", "2026", "1.5"})
  void leavesEverythingElseToTheBot(String message) {
    assertThat(ChatAnswer.read(message)).isInstanceOf(ChatAnswer.NotAnAnswer.class);
  }
}
