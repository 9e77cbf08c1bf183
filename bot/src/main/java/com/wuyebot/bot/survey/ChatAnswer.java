package com.wuyebot.bot.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's chat message read as an answer to a survey: a score (5, ５, 五星, 非常满意, 「3 还行吧」
 * with its comment), a refusal (不评价), or nothing of the kind, which the bot then handles as usual.
 * The score must open the message and stand on its own (5楼的灯坏了 is no score).
 */
sealed interface ChatAnswer {

  record Score(int score, String comment) implements ChatAnswer {
  }

  record Decline() implements ChatAnswer {
  }

  record NotAnAnswer() implements ChatAnswer {
  }

  /** Longest words first, so 非常不满意 is not read as 不满意 or 满意. */
  List<Map.Entry<String, Integer>> WORDS = List.of(
      Map.entry("非常不满意", 1), Map.entry("很不满意", 1), Map.entry("特别不满意", 1), Map.entry("极不满意", 1),
      Map.entry("非常满意", 5), Map.entry("特别满意", 5), Map.entry("十分满意", 5), Map.entry("很满意", 5),
      Map.entry("不太满意", 2), Map.entry("不大满意", 2), Map.entry("不满意", 2),
      Map.entry("比较满意", 4), Map.entry("还算满意", 4), Map.entry("基本满意", 4), Map.entry("满意", 4),
      Map.entry("非常好", 5), Map.entry("很好", 5), Map.entry("好评", 5), Map.entry("挺好", 4), Map.entry("不错", 4),
      Map.entry("还可以", 3), Map.entry("还行", 3), Map.entry("一般般", 3), Map.entry("一般", 3), Map.entry("凑合", 3),
      Map.entry("很差", 1), Map.entry("太差", 1), Map.entry("差评", 1), Map.entry("很糟糕", 1), Map.entry("差", 2));

  List<String> DECLINES = List.of("不评价", "不想评价", "不用评价", "不参与评价", "不参加", "不评了", "不评", "拒绝", "不想评",
      "免评", "不需要评价", "跳过");

  /** After the score: nothing, or a separator before a comment, or 分/星/颗星. */
  Pattern SCORE = Pattern.compile("^([1-5一二三四五])\\s*(?:分|星|颗星|个星)?(?=$|[\\s,，。!！;；:：、~～-]|(?<=[分星]))(.*)$",
      Pattern.DOTALL);
  Pattern PARTICLES = Pattern.compile("^[吧啊呀的了哦哈呢]*");
  Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,，.。!！;；:：、~～-]+");

  static ChatAnswer read(String message) {
    if (message == null) {
      return new NotAnAnswer();
    }
    String text = fullWidthToHalf(message).strip();
    if (text.isEmpty()) {
      return new NotAnAnswer();
    }
    for (String decline : DECLINES) {
      if (text.startsWith(decline) && rest(text.substring(decline.length())).isEmpty()) {
        return new Decline();
      }
    }
    Matcher score = SCORE.matcher(text);
    if (score.matches()) {
      boolean chinese = "一二三四五".indexOf(score.group(1).charAt(0)) >= 0;
      boolean unit = score.end(1) < text.length() && "分星颗个".indexOf(text.charAt(score.end(1))) >= 0;
      // a lone Chinese numeral before other words is more often the start of a sentence (三楼, 一下) than a score
      if (!chinese || unit || score.group(2).isBlank()) {
        return new Score(value(score.group(1).charAt(0)), comment(score.group(2)));
      }
    }
    for (Map.Entry<String, Integer> word : WORDS) {
      if (text.startsWith(word.getKey())) {
        String after = text.substring(word.getKey().length());
        Matcher particles = PARTICLES.matcher(after);
        particles.find();
        String remainder = after.substring(particles.end());
        if (remainder.isEmpty() || LEADING_PUNCTUATION.matcher(remainder).lookingAt()) {
          return new Score(word.getValue(), comment(remainder));
        }
        return new NotAnAnswer();
      }
    }
    return new NotAnAnswer();
  }

  private static String rest(String text) {
    return LEADING_PUNCTUATION.matcher(PARTICLES.matcher(text).replaceFirst("")).replaceFirst("").strip();
  }

  private static String comment(String remainder) {
    String comment = LEADING_PUNCTUATION.matcher(remainder).replaceFirst("").strip();
    return comment.isEmpty() ? null : comment;
  }

  private static int value(char digit) {
    int arabic = "12345".indexOf(digit);
    return arabic >= 0 ? arabic + 1 : "一二三四五".indexOf(digit) + 1;
  }

  /** ５ and ，as residents' phones type them. */
  private static String fullWidthToHalf(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '\u3000') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
