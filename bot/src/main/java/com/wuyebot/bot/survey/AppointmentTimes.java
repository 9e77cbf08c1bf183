package com.wuyebot.bot.survey;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the visit time a resident chose, as they said it (明天上午十点, 周六下午3点半, 11月28日9点,
 * 今晚7点), into an instant, relative to when they said it, in the company's zone. Only a time with
 * an hour is a time one can be reminded of: 明天上午 or 随时 are not read, and nobody is reminded.
 */
final class AppointmentTimes {

  private static final String NUMBER = "(\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})";
  private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]");
  private static final Pattern RELATIVE_DAY = Pattern.compile("(大后天|后天|明天|明早|明晚|今天|今早|今晚|明儿)");
  private static final Pattern WEEKDAY = Pattern.compile("(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
  private static final Pattern PART = Pattern.compile("(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|明早|今早|明晚|今晚)");
  private static final Pattern CLOCK = Pattern.compile(NUMBER + "\\s*(?:点|时|:|：)\\s*(半|一刻|三刻|" + NUMBER + "\\s*分?)?");

  private final ZoneId zone;

  AppointmentTimes(ZoneId zone) {
    this.zone = zone;
  }

  /** The instant meant, if the words name an hour; a time already past on the day meant moves to the next day only when no day was said. */
  Optional<Instant> read(String said, Instant saidAt) {
    if (said == null || said.isBlank()) {
      return Optional.empty();
    }
    String text = said.replace('\u3000', ' ');
    Matcher clock = CLOCK.matcher(text);
    if (!clock.find()) {
      return Optional.empty();
    }
    int hour = number(clock.group(1));
    int minute = minutes(clock.group(2));
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
      return Optional.empty();
    }
    ZonedDateTime now = saidAt.atZone(zone);
    Matcher part = PART.matcher(text);
    String partOfDay = part.find() ? part.group(1) : null;
    hour = onTwentyFourHours(hour, partOfDay);
    if (hour > 23) {
      return Optional.empty();
    }
    Optional<LocalDate> day;
    try {
      day = day(text, now.toLocalDate());
    } catch (DateTimeException e) {
      // 2月30日: a day that does not exist is no time to come
      return Optional.empty();
    }
    LocalDate date = day.orElse(now.toLocalDate());
    ZonedDateTime at = date.atTime(LocalTime.of(hour, minute)).atZone(zone);
    if (day.isEmpty() && !at.isAfter(now)) {
      at = at.plusDays(1);
    }
    return Optional.of(at.toInstant());
  }

  private Optional<LocalDate> day(String text, LocalDate today) {
    Matcher relative = RELATIVE_DAY.matcher(text);
    if (relative.find()) {
      return Optional.of(switch (relative.group(1)) {
        case "大后天" -> today.plusDays(3);
        case "后天" -> today.plusDays(2);
        case "明天", "明早", "明晚", "明儿" -> today.plusDays(1);
        default -> today;
      });
    }
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.find()) {
      DayOfWeek wanted = DayOfWeek.of(weekdayNumber(weekday.group(2)));
      String which = weekday.group(1) == null ? "" : weekday.group(1);
      LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(wanted.getValue() - 1L);
      if (which.startsWith("下下")) {
        return Optional.of(thisWeek.plusWeeks(2));
      }
      if (which.startsWith("下")) {
        return Optional.of(thisWeek.plusWeeks(1));
      }
      if (which.isEmpty() && thisWeek.isBefore(today)) {
        return Optional.of(thisWeek.plusWeeks(1));
      }
      return Optional.of(thisWeek);
    }
    Matcher date = DATE.matcher(text);
    if (date.find()) {
      int month = date.group(1) == null ? today.getMonthValue() : Integer.parseInt(date.group(1));
      int dayOfMonth = Integer.parseInt(date.group(2));
      LocalDate meant = LocalDate.of(today.getYear(), month, dayOfMonth);
      if (meant.isBefore(today)) {
        meant = date.group(1) == null ? meant.plusMonths(1) : meant.plusYears(1);
      }
      return Optional.of(meant);
    }
    return Optional.empty();
  }

  private static int weekdayNumber(String day) {
    int chinese = "一二三四五六".indexOf(day);
    if (chinese >= 0) {
      return chinese + 1;
    }
    if (day.equals("日") || day.equals("天")) {
      return 7;
    }
    return Integer.parseInt(day);
  }

  private static int onTwentyFourHours(int hour, String partOfDay) {
    if (partOfDay == null) {
      // 3点 without 上午/下午 means the afternoon: nobody books a plumber at three in the night
      return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    }
    return switch (partOfDay) {
      case "下午", "傍晚", "晚上", "夜里", "明晚", "今晚" -> hour < 12 ? hour + 12 : hour;
      case "中午" -> hour <= 2 ? hour + 12 : hour;
      default -> hour;
    };
  }

  private static int minutes(String said) {
    if (said == null || said.isBlank()) {
      return 0;
    }
    String text = said.replace("分", "").strip();
    return switch (text) {
      case "半" -> 30;
      case "一刻" -> 15;
      case "三刻" -> 45;
      default -> number(text);
    };
  }

  /** 10, 十, 十二, 二十, 两, 二十五 … as a number; -1 for anything else. */
  static int number(String said) {
    if (said.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(said);
    }
    String digits = "零一二三四五六七八九";
    String text = said.replace('〇', '零').replace('两', '二');
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? digits.indexOf(text.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0));
    int ones = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1));
    if (tens < 0 || ones < 0 || ten > 1 || text.length() > ten + 2) {
      return -1;
    }
    return tens * 10 + ones;
  }
}
