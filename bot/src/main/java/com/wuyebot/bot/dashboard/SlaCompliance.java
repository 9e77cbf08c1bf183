package com.wuyebot.bot.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per team, of the tickets opened in the range: the share answered without a response breach, and
 * of those resolved or already overdue, the share resolved without a resolution breach. Breaches
 * are the ones the SLA watch recorded in sla_notice.
 */
@Component
class SlaCompliance {

  /** Shares in percent, null when there is nothing to measure yet. */
  record TeamSla(String team, long tickets, long responseBreaches, Integer responseCompliance,
      long resolved, long resolutionBreaches, Integer resolutionCompliance) {
  }

  private static final String BREACHED = "exists (select 1 from sla_notice n where n.ticket_id = t.id "
      + "and n.kind = 'BREACH' and n.target = '%s')";

  private final JdbcTemplate jdbc;

  SlaCompliance(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<TeamSla> of(DashboardRange range) {
    String response = BREACHED.formatted("RESPONSE");
    String resolution = BREACHED.formatted("RESOLUTION");
    StringBuilder sql = new StringBuilder("select coalesce(tm.name, '未分派') as team, count(*) as tickets, "
        + "sum(case when " + response + " then 1 else 0 end) as response_breaches, "
        + "sum(case when t.resolved_at is not null or " + resolution + " then 1 else 0 end) as measured, "
        + "sum(case when " + resolution + " then 1 else 0 end) as resolution_breaches "
        + "from ticket t left join team tm on tm.id = t.team_id where 1 = 1");
    Object[] args = Filters.args(range, sql, "t.created_at", "t.community");
    sql.append(" group by coalesce(tm.name, '未分派') order by coalesce(tm.name, '未分派')");
    return jdbc.query(sql.toString(), (row, n) -> {
      long tickets = row.getLong("tickets");
      long responseBreaches = row.getLong("response_breaches");
      long measured = row.getLong("measured");
      long resolutionBreaches = row.getLong("resolution_breaches");
      return new TeamSla(row.getString("team"), tickets, responseBreaches, Percent.of(tickets - responseBreaches, tickets),
          measured, resolutionBreaches, Percent.of(measured - resolutionBreaches, measured));
    }, args);
  }
}
