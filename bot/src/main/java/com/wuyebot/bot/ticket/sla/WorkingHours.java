package com.wuyebot.bot.ticket.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods of a working day in local time, in order and not overlapping: the opening hours
 * less the lunch break, if there is one.
 */
public record WorkingHours(List<Period> periods) {

  static final String RANGE = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";
  private static final Pattern RANGE_PATTERN = Pattern.compile("(\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)");

  public record Period(LocalTime start, LocalTime end) {

    public Period {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("A working period must end after it starts: " + start + "-" + end);
      }
    }

    Duration length() {
      return Duration.between(start, end);
    }
  }

  public WorkingHours {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("Working hours need at least one period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
        throw new IllegalArgumentException("Working periods must be in order and not overlap: " + periods);
      }
    }
  }

  /**
   * @param hours       e.g. {@code 08:30-17:30}
   * @param lunchBreak  e.g. {@code 12:00-13:30}, or null or blank for none; must lie inside the hours
   */
  public static WorkingHours of(String hours, String lunchBreak) {
    Period day = parse(hours);
    if (lunchBreak == null || lunchBreak.isBlank()) {
      return new WorkingHours(List.of(day));
    }
    Period lunch = parse(lunchBreak);
    if (lunch.start().isBefore(day.start()) || lunch.end().isAfter(day.end())) {
      throw new IllegalArgumentException("The lunch break " + lunchBreak + " must lie inside the working hours " + hours);
    }
    List<Period> periods = new ArrayList<>();
    if (day.start().isBefore(lunch.start())) {
      periods.add(new Period(day.start(), lunch.start()));
    }
    if (lunch.end().isBefore(day.end())) {
      periods.add(new Period(lunch.end(), day.end()));
    }
    return new WorkingHours(periods);
  }

  private static Period parse(String range) {
    Matcher matcher = RANGE_PATTERN.matcher(range == null ? "" : range.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Expected a time range such as 08:30-17:30, got: " + range);
    }
    return new Period(LocalTime.parse(matcher.group(1)), LocalTime.parse(matcher.group(2)));
  }

  public Duration perDay() {
    return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
  }
}
