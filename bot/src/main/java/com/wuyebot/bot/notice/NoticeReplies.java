package com.wuyebot.bot.notice;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** The few words residents use to sign up, cancel and ask about an outage; matched tightly, so nothing else is taken. */
final class NoticeReplies {

  private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。！？、～~…·「」『』“”‘’()（）]+");
  private static final Set<String> SIGN_UP = Set.of("报名", "我要报名", "报名参加", "我报名", "我要参加", "报名活动", "我也报名",
      "我想报名", "我参加", "参加");
  private static final Set<String> CANCEL = Set.of("取消报名", "我要取消报名", "不参加了", "我不参加了", "取消参加", "退出报名",
      "不去了", "我不去了");
  /** A short question naming water, power or gas being off. */
  private static final Pattern OUTAGE = Pattern.compile(
      "^.{0,8}(停水|停电|停气|没水|没电|没气|断水|断电|来水|来电)(了)?(吗|呢|啊|呀|吧)?$");
  private static final int MAX_OUTAGE_QUESTION = 16;

  private NoticeReplies() {
  }

  static boolean isSignUp(String text) {
    return SIGN_UP.contains(normalize(text));
  }

  static boolean isCancel(String text) {
    return CANCEL.contains(normalize(text));
  }

  /** 「怎么停水了」, 「为什么没电了？」, 「什么时候来水」: about an outage, and short enough to be nothing else. */
  static boolean isOutageQuestion(String text) {
    String normalized = normalize(text);
    return normalized.length() <= MAX_OUTAGE_QUESTION && OUTAGE.matcher(normalized).matches();
  }

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }
}
