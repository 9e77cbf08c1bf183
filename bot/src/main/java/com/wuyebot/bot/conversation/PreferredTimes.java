package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When the resident would like someone to come, kept as they said it (今天下午, 明天上午十点, 随时). */
final class PreferredTimes {

  private static final String DAY = "(?:今天|今晚|明天|明早|明晚|后天|这周末|周末|工作日|(?:周|星期|礼拜)[一二三四五六日天1-7])";
  private static final String PART = "(?:上午|下午|中午|晚上|早上|傍晚|白天|晚饭后|午饭后)";
  private static final String CLOCK = "(?:(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})\\s*[点:：]\\s*(?:半|\\d{1,2}分?|[一二三四五]十分?)?)";
  /** Alone, only a clock in digits: 一点 is as often "a little" as one o'clock. */
  private static final String DIGIT_CLOCK = "(?:\\d{1,2}\\s*[点:：]\\s*(?:半|\\d{1,2}分?)?)";
  private static final String AROUND = "(?:以后|之后|以前|之前|前后|左右|后|前)?";
  private static final Pattern WHEN = Pattern.compile(
      "(" + DAY + "\\s*" + PART + "?\\s*" + CLOCK + "?" + AROUND
          + "|" + PART + "\\s*" + CLOCK + "?" + AROUND
          + "|" + DIGIT_CLOCK + AROUND + ")");
  private static final Pattern ANY = Pattern.compile("(随时|什么时候都(?:行|可以)|时间都(?:行|可以)|都可以|都行|尽快|越快越好|马上|立刻|现在)");

  private PreferredTimes() {
  }

  static Optional<String> find(String text) {
    String normal = ChineseNumbers.halfWidth(text);
    Matcher when = WHEN.matcher(normal);
    if (when.find()) {
      return Optional.of(when.group(1).replaceAll("\\s+", ""));
    }
    Matcher any = ANY.matcher(normal);
    return any.find() ? Optional.of(any.group(1)) : Optional.empty();
  }
}
