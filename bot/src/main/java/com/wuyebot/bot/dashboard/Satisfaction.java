package com.wuyebot.bot.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per month of asking: surveys asked, answered with a score, satisfied (4 or 5). CSAT is satisfied
 * over answered; the response rate is answered over asked.
 */
@Component
class Satisfaction {

  record Month(String month, long asked, long answered, long satisfied, Integer csat, Integer responseRate) {
  }

  private final JdbcTemplate jdbc;

  Satisfaction(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Month> of(DashboardRange range) {
    Map<YearMonth, long[]> months = new TreeMap<>();
    for (YearMonth m = YearMonth.from(range.from()); !m.isAfter(YearMonth.from(range.to())); m = m.plusMonths(1)) {
      months.put(m, new long[3]);
    }
    StringBuilder sql = new StringBuilder("select asked_at, score from survey where asked_at is not null");
    Object[] args = Filters.args(range, sql, "asked_at", "community");
    jdbc.query(sql.toString(), row -> {
      long[] counts = months.get(YearMonth.from(range.dayOf(row.getTimestamp("asked_at").toInstant())));
      if (counts == null) {
        return;
      }
      counts[0]++;
      int score = row.getInt("score");
      if (!row.wasNull()) {
        counts[1]++;
        if (score >= 4) {
          counts[2]++;
        }
      }
    }, args);
    return months.entrySet().stream().map(e -> {
      long[] c = e.getValue();
      return new Month(e.getKey().toString(), c[0], c[1], c[2], Percent.of(c[2], c[1]), Percent.of(c[1], c[0]));
    }).toList();
  }
}
