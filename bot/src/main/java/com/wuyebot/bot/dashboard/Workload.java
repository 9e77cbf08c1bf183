package com.wuyebot.bot.dashboard;

import com.wuyebot.bot.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who carries the work: conversations each agent took over and closed in the range, and the tickets
 * each staff member holds open now (of the community, if one is chosen).
 */
@Component
class Workload {

  record Agent(String agent, long claimed, long closed) {
  }

  record StaffLoad(String staff, String team, long openTickets) {
  }

  private final JdbcTemplate jdbc;

  Workload(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Agent> agents(DashboardRange range) {
    Map<String, long[]> agents = new TreeMap<>();
    StringBuilder claimed = new StringBuilder("select agent as who, count(*) as n from escalation where agent is not null");
    Object[] claimedArgs = Filters.args(range, claimed, "claimed_at", null);
    claimed.append(" group by agent");
    jdbc.query(claimed.toString(), row -> {
      agents.computeIfAbsent(row.getString("who"), a -> new long[2])[0] = row.getLong("n");
    }, claimedArgs);
    StringBuilder closed = new StringBuilder("select closed_by as who, count(*) as n from escalation "
        + "where closed_by is not null and close_reason = 'AGENT'");
    Object[] closedArgs = Filters.args(range, closed, "closed_at", null);
    closed.append(" group by closed_by");
    jdbc.query(closed.toString(), row -> {
      agents.computeIfAbsent(row.getString("who"), a -> new long[2])[1] = row.getLong("n");
    }, closedArgs);
    Map<String, String> names = displayNames();
    return agents.entrySet().stream()
        .map(e -> new Agent(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  List<StaffLoad> staff(DashboardRange range) {
    String open = TicketStatus.OPEN_WORK.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    StringBuilder sql = new StringBuilder("select s.name as staff, tm.name as team, count(*) as n from ticket t "
        + "join staff s on s.id = t.assignee_id join team tm on tm.id = s.team_id where t.status in (" + open + ")");
    List<Object> args = new ArrayList<>();
    Filters.community(range, sql, "t.community", args);
    sql.append(" group by s.id, s.name, tm.name order by count(*) desc, s.name");
    return jdbc.query(sql.toString(), (row, n) -> new StaffLoad(row.getString("staff"), row.getString("team"), row.getLong("n")),
        args.toArray());
  }

  private Map<String, String> displayNames() {
    Map<String, String> names = new TreeMap<>();
    jdbc.query("select username, display_name from console_user", row -> {
      names.put(row.getString("username"), row.getString("display_name"));
    });
    return names;
  }
}
