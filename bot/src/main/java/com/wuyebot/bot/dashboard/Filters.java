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
    if (range.community() != null && communityColumn != null) {
      sql.append(" and ").append(communityColumn).append(" = ?");
      args.add(range.community());
    }
    return args.toArray();
  }
}
