package com.wuyebot.bot.escalation;

import com.wuyebot.bot.resident.Phones;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mainland mobile numbers in what residents wrote, masked as {@link Phones#masked} does (138****5678). */
final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9})(?!\\d)");

  private PhoneNumbers() {
  }

  static List<String> in(List<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher matcher = MOBILE.matcher(text);
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
    return List.copyOf(found);
  }

  /** The text with every mobile number masked; null stays null. */
  static String maskAll(String text) {
    return text == null ? null : MOBILE.matcher(text).replaceAll(match -> Phones.masked(match.group(1)));
  }
}
