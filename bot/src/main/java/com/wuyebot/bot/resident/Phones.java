package com.wuyebot.bot.resident;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers as residents and registers write them (138 1234 5678, +86-13812345678, 0571-88886666). */
public final class Phones {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");

  private Phones() {
  }

  /** Digits only, without the country code; empty when it is not a Chinese mobile or landline number. */
  public static Optional<String> normal(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = ChineseNumbers.halfWidth(raw).replaceAll("[\\s\\-()（）+]", "");
    if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
      return Optional.of(digits);
    }
    return Optional.empty();
  }

  /** 138****5678, for logs and for telling residents which number is meant. */
  public static String masked(String phone) {
    if (phone == null || phone.length() < 7) {
      return "****";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
