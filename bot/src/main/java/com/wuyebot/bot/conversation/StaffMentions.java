package com.wuyebot.bot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff member a resident's praise names: the full name (王建国), or the way residents address
 * people by surname (小李, 老王, 王师傅, 李管家) when exactly one of the candidates has that surname.
 */
final class StaffMentions {

  private static final Pattern BY_SURNAME = Pattern.compile(
      "[小老]([\\p{IsHan}])|([\\p{IsHan}])(?:师傅|工|经理|管家|保安|阿姨|大姐|大哥|主管|姐|哥)");

  private StaffMentions() {
  }

  /** @param candidates the names of the active staff serving the resident's community; the name meant */
  static Optional<String> find(String text, List<String> candidates) {
    Optional<String> byName = candidates.stream()
        .filter(name -> name.length() >= 2 && text.contains(name))
        .max(Comparator.comparingInt(String::length));
    if (byName.isPresent()) {
      return byName;
    }
    Matcher matcher = BY_SURNAME.matcher(text);
    while (matcher.find()) {
      String surname = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      List<String> named = candidates.stream().filter(name -> name.startsWith(surname)).distinct().toList();
      if (named.size() == 1) {
        return Optional.of(named.get(0));
      }
    }
    return Optional.empty();
  }
}
