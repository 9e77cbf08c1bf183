package com.wuyebot.bot.resident;

/** Small Chinese numerals (一 … 九十九, 两) and full-width digits as plain digits. */
public final class ChineseNumbers {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumbers() {
  }

  /** Full-width digits and letters to ASCII, so patterns need only one form. */
  public static String halfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '－' || c == '—' || c == '–') {
        out.append('-');
      } else if (c == '\u3000') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A room said digit by digit, as speech recognition writes it: 四零一 → 401. */
  public static String digitByDigit(String number) {
    StringBuilder out = new StringBuilder(number.length());
    for (char c : number.toCharArray()) {
      int digit = c == '〇' ? 0 : DIGITS.indexOf(c);
      out.append(digit >= 0 ? (char) ('0' + digit) : c);
    }
    return out.toString();
  }

  /** "12" → 12, "十二" → 12, "两" → 2, "二十" → 20; -1 when it is not a number. */
  public static int value(String number) {
    if (number.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(number);
    }
    String n = number.replace('两', '二');
    int ten = n.indexOf('十');
    if (ten < 0) {
      return n.length() == 1 ? DIGITS.indexOf(n.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(0));
    int ones = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
  }
}
