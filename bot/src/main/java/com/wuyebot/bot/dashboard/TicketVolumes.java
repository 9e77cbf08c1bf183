package com.wuyebot.bot.dashboard;

import com.wuyebot.bot.ticket.TicketType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tickets opened per day by type and by category. Counted per day in the company's zone in Java,
 * since databases disagree on casting a zoned timestamp to a date.
 */
@Component
class TicketVolumes {

  private static final Map<TicketType, String> TYPE_NAMES = new EnumMap<>(Map.of(
      TicketType.REPAIR, "报修", TicketType.COMPLAINT, "投诉", TicketType.SUGGESTION, "建议", TicketType.PRAISE, "表扬"));

  /** Counts per series name, one per day of {@code days}. */
  record Volumes(List<LocalDate> days, Map<String, long[]> byType, Map<String, long[]> byCategory) {
  }

  private final JdbcTemplate jdbc;

  TicketVolumes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Volumes of(DashboardRange range) {
    List<LocalDate> days = range.days();
    Map<String, long[]> byType = new TreeMap<>();
    Map<String, long[]> byCategory = new TreeMap<>();
    StringBuilder sql = new StringBuilder("select ticket_type, category, created_at from ticket where 1 = 1");
    Object[] args = Filters.args(range, sql, "created_at", "community");
    jdbc.query(sql.toString(), row -> {
      int day = (int) (range.dayOf(row.getTimestamp("created_at").toInstant()).toEpochDay() - range.from().toEpochDay());
      if (day < 0 || day >= days.size()) {
        return;
      }
      String type = typeName(row.getString("ticket_type"));
      byType.computeIfAbsent(type, t -> new long[days.size()])[day]++;
      byCategory.computeIfAbsent(row.getString("category"), c -> new long[days.size()])[day]++;
    }, args);
    return new Volumes(days, byType, byCategory);
  }

  /** How many tickets were opened in the range, counted by the database. */
  long total(DashboardRange range) {
    StringBuilder sql = new StringBuilder("select count(*) from ticket where 1 = 1");
    Object[] args = Filters.args(range, sql, "created_at", "community");
    return jdbc.queryForObject(sql.toString(), Long.class, args);
  }

  private static String typeName(String type) {
    try {
      return TYPE_NAMES.getOrDefault(TicketType.valueOf(type), type);
    } catch (IllegalArgumentException unknown) {
      return type;
    }
  }
}
