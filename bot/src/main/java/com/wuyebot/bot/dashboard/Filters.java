package com.wuyebot.bot.dashboard;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The where-clause arguments shared by the dashboard's queries: a time column in the range, optionally one community. */
final class Filters {

  private Filters() {
  }

  /** {@code sql} ends where conditions may be appended with "and". */
  static Object[] args(DashboardRange range, StringBuilder sql, String timeColumn, String communityColumn) {
    List<Object> args = new ArrayList<>();
    sql.append(" and ").append(timeColumn).append(" >= ? and ").append(timeColumn).append(" < ?");
    args.add(Timestamp.from(range.start()));
    args.add(Timestamp.from(range.end()));
    community(range, sql, communityColumn, args);
    return args.toArray();
  }

  /** Appends "and {@code column} = ?" and its argument when one community is chosen and the table has the column. */
  static void community(DashboardRange range, StringBuilder sql, String column, List<Object> args) {
    if (range.community() != null && column != null) {
      sql.append(" and ").append(column).append(" = ?");
      args.add(range.community());
    }
  }
}
