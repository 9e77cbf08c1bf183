package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reply that is only the number of one of the lines the bot offered: 2, ２, 第2个, 2套, 2. */
final class NumberedChoice {

  private static final Pattern CHOICE = Pattern.compile("^\\s*第?\\s*([1-9])\\s*[个套张条條.。、]?\\s*$");

  private NumberedChoice() {
  }

  /** The index (from 0) of the line picked; empty when the reply is not such a number. */
  static OptionalInt of(String text) {
    Matcher choice = CHOICE.matcher(ChineseNumbers.halfWidth(text));
    return choice.matches() ? OptionalInt.of(choice.group(1).charAt(0) - '1') : OptionalInt.empty();
  }
}
