package com.wuyebot.bot.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per day, the questions residents asked and those the FAQ answered outright (not suggestions),
 * from the daily tally; counted since the tally exists (V60), per community since V61 (earlier
 * questions and those of residents of no known community count only for all communities).
 */
@Component
class FaqAnswerRate {

  record Day(LocalDate day, long asked, long answered, Integer rate) {
  }

  record Rates(List<Day> days, long asked, long answered, Integer rate) {
  }

  private final JdbcTemplate jdbc;

  FaqAnswerRate(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Rates of(DashboardRange range) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    range.days().forEach(day -> days.put(day, new long[2]));
    StringBuilder sql = new StringBuilder("select asked_on, decision, asked from faq_question_tally "
        + "where asked_on >= ? and asked_on <= ?");
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(range.from()), Date.valueOf(range.to())));
    Filters.community(range, sql, "community", args);
    jdbc.query(sql.toString(), row -> {
      long[] counts = days.get(row.getDate("asked_on").toLocalDate());
      if (counts == null) {
        return;
      }
      long asked = row.getLong("asked");
      counts[0] += asked;
      if ("ANSWER".equals(row.getString("decision"))) {
        counts[1] += asked;
      }
    }, args.toArray());
    long asked = days.values().stream().mapToLong(c -> c[0]).sum();
    long answered = days.values().stream().mapToLong(c -> c[1]).sum();
    List<Day> list = days.entrySet().stream()
        .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], Percent.of(e.getValue()[1], e.getValue()[0])))
        .toList();
    return new Rates(list, asked, answered, Percent.of(answered, asked));
  }
}
