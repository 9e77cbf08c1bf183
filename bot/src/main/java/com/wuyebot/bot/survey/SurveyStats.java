package com.wuyebot.bot.survey;

import com.wuyebot.bot.ticket.TicketProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction per team, category, staff member or month of resolution. CSAT is the share of 4 and
 * 5 among the answered surveys; the response rate is the share of answered surveys among those sent.
 * Declined and not-rated surveys count as sent and not answered: silence is never satisfaction.
 */
@Service
public class SurveyStats {

  /** A year and a bit: the figures are computed from the surveys themselves, so the range is bounded. */
  static final int MAX_DAYS = 400;

  private final SurveyRepository surveys;
  private final ZoneId zone;

  SurveyStats(SurveyRepository surveys, TicketProperties ticketProperties) {
    this.surveys = surveys;
    this.zone = ticketProperties.zone();
  }

  public enum GroupBy {
    TEAM, CATEGORY, STAFF, MONTH;

    /** team, Category, STAFF …; IllegalArgumentException for anything else. */
    public static GroupBy parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("groupBy must be one of team, category, staff, month");
      }
    }
  }

  /** One group's figures; csat and responseRate are null when there is nothing to divide by. */
  public record Row(String key, String label, int sent, int answered, int satisfied, int declined, int notRated,
      Double averageScore, Double csat, Double responseRate) {
  }

  /** Surveys of tickets resolved from {@code from} to {@code to}, both days included, in the company's zone. */
  @Transactional(readOnly = true)
  public List<Row> compute(GroupBy groupBy, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new IllegalArgumentException("At most " + MAX_DAYS + " days at a time");
    }
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Function<Survey, String[]> group = switch (groupBy) {
      case TEAM -> s -> pair(s.teamId(), s.teamName());
      case STAFF -> s -> pair(s.staffId(), s.staffName());
      case CATEGORY -> s -> new String[] {s.category(), s.category()};
      case MONTH -> s -> {
        String month = YearMonth.from(s.resolvedAt().atZone(zone)).toString();
        return new String[] {month, month};
      };
    };
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Survey survey : surveys.resolvedBetween(start, end)) {
      if (survey.askedAt() == null) {
        continue;
      }
      String[] keyAndLabel = group.apply(survey);
      tallies.computeIfAbsent(keyAndLabel[0], k -> new Tally(keyAndLabel[0], keyAndLabel[1])).add(survey);
    }
    return tallies.values().stream().map(Tally::row).sorted(Comparator.comparing(Row::key)).toList();
  }

  private static String[] pair(Long id, String name) {
    return id == null ? new String[] {"none", null} : new String[] {String.valueOf(id), name};
  }

  private static final class Tally {
    private final String key;
    private final String label;
    private int sent;
    private int answered;
    private int satisfied;
    private int declined;
    private int notRated;
    private int scoreSum;

    Tally(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(Survey survey) {
      sent++;
      switch (survey.status()) {
        case ANSWERED -> {
          answered++;
          scoreSum += survey.score();
          if (survey.score() >= 4) {
            satisfied++;
          }
        }
        case DECLINED -> declined++;
        case NOT_RATED -> notRated++;
        default -> { }
      }
    }

    Row row() {
      return new Row(key, label, sent, answered, satisfied, declined, notRated,
          answered == 0 ? null : round((double) scoreSum / answered),
          answered == 0 ? null : round((double) satisfied / answered),
          sent == 0 ? null : round((double) answered / sent));
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }
}
