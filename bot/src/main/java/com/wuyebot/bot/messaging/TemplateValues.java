package com.wuyebot.bot.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes template data pass WeChat's keyword checks (PROTOCOL.md §5.4) instead of failing with 47003:
 * {@code thing*} at most 20 characters, {@code character_string*} at most 32 ASCII characters.
 */
public final class TemplateValues {

  static final int MAX_THING = 20;
  static final int MAX_CHARACTER_STRING = 32;

  private TemplateValues() {
  }

  /** The data with each feature name replaced by its keyword and each value fitted to the keyword's rule. */
  public static Map<String, String> forTemplate(Map<String, String> data, Map<String, String> keywords) {
    Map<String, String> fitted = new LinkedHashMap<>();
    data.forEach((name, value) -> {
      String keyword = keywords.getOrDefault(name, name);
      fitted.put(keyword, fit(keyword, value == null ? "" : value));
    });
    return fitted;
  }

  static String fit(String keyword, String value) {
    if (keyword.startsWith("thing")) {
      return firstCodePoints(value.strip(), MAX_THING);
    }
    if (keyword.startsWith("character_string")) {
      StringBuilder ascii = new StringBuilder();
      value.codePoints().filter(c -> c > ' ' && c < 127).limit(MAX_CHARACTER_STRING).forEach(ascii::appendCodePoint);
      return ascii.toString();
    }
    return value;
  }

  private static String firstCodePoints(String value, int max) {
    if (value.codePointCount(0, value.length()) <= max) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, max));
  }
}
