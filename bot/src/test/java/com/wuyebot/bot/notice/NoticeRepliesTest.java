package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRepliesTest {

  @ParameterizedTest
  @CsvSource({
      "报名, true", "报名！, true", "我要报名。, true", " 报 名 , true", "我要参加, true",
      "报名费多少, false", "怎么报名, false", "取消报名, false", "报修, false"})
  void recognisesSignUpsAndNothingElse(String text, boolean signUp) {
    assertThat(NoticeReplies.isSignUp(text)).isEqualTo(signUp);
  }

  @ParameterizedTest
  @CsvSource({"取消报名, true", "我不参加了, true", "不去了！, true", "取消, false", "取消订单, false", "报名, false"})
  void recognisesCancellations(String text, boolean cancel) {
    assertThat(NoticeReplies.isCancel(text)).isEqualTo(cancel);
  }

  @ParameterizedTest
  @CsvSource({
      "怎么停水了, true", "怎么停水了？, true", "为什么没电了, true", "什么时候来水, true", "楼上是不是停水了呀, true",
      "停电了吗, true", "停水通知在哪里看, false", "厨房水管漏水了, false", "我家卫生间没水了，楼上邻居家都有水，帮忙派人来看看吧, false",
      "物业费怎么交, false"})
  void recognisesShortOutageQuestionsOnly(String text, boolean outage) {
    assertThat(NoticeReplies.isOutageQuestion(text)).isEqualTo(outage);
  }
}
