package com.wuyebot.bot.ticket;

import com.wuyebot.bot.wording.Wording;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The managers' digest of one day: per team, tickets opened, resolved, and gone overdue (an SLA
 * breach recorded that day). The text is stored once per day ({@code staff_digest}, the day is the
 * key), so every instance and every repeated firing sends the same text, and the notifier sends it
 * to each manager once.
 */
@Service
public class DailyDigest {

  private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
  private static final long NO_TEAM = -1;

  private final JdbcTemplate jdbc;
  private final TeamRepository teams;
  private final StaffNotifier notifier;
  private final Wording wording;
  private final DigestProperties properties;
  private final TicketProperties tickets;
  private final Clock clock;

  DailyDigest(JdbcTemplate jdbc, TeamRepository teams, StaffNotifier notifier, Wording wording, DigestProperties properties,
      TicketProperties tickets, Clock clock) {
    this.jdbc = jdbc;
    this.teams = teams;
    this.notifier = notifier;
    this.wording = wording;
    this.properties = properties;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** Sends the digest of {@code day} unless it reached everybody already; returns its text. */
  public String send(LocalDate day) {
    jdbc.update("INSERT INTO staff_digest (digest_day, body, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        day, compose(day), Timestamp.from(clock.instant()));
    String body = jdbc.queryForObject("SELECT body FROM staff_digest WHERE digest_day = ?", String.class, day);
    String purpose = "digest:" + day;
    int sent = notifier.notify(new StaffNotice(purpose, null, wording.text("ticket.staff.digest-title"), body,
        properties.managers(), null));
    if (properties.wecomWebhook() != null && !properties.wecomWebhook().isBlank()) {
      sent += notifier.notifyGroup(purpose, "digest", properties.wecomWebhook().strip(), body);
    }
    log.info("Digest of {}: {} notification(s) sent now", day, sent);
    return body;
  }

  String compose(LocalDate day) {
    Timestamp from = Timestamp.from(day.atStartOfDay(tickets.zone()).toInstant());
    Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(tickets.zone()).toInstant());
    Map<Long, Long> opened = counts("SELECT team_id, count(*) FROM ticket WHERE created_at >= ? AND created_at < ? "
        + "AND ticket_type IN ('REPAIR', 'COMPLAINT') GROUP BY team_id", from, to);
    Map<Long, Long> resolved = counts("SELECT team_id, count(*) FROM ticket WHERE resolved_at >= ? AND resolved_at < ? "
        + "GROUP BY team_id", from, to);
    Map<Long, Long> overdue = counts("SELECT t.team_id, count(DISTINCT n.ticket_id) FROM sla_notice n "
        + "JOIN ticket t ON t.id = n.ticket_id WHERE n.kind = 'BREACH' AND n.recorded_at >= ? AND n.recorded_at < ? "
        + "GROUP BY t.team_id", from, to);
    TreeSet<Long> teamIds = new TreeSet<>();
    teamIds.addAll(opened.keySet());
    teamIds.addAll(resolved.keySet());
    teamIds.addAll(overdue.keySet());
    if (teamIds.isEmpty()) {
      return wording.text("ticket.staff.digest", "day", day, "lines", wording.text("ticket.staff.digest-empty"));
    }
    Map<Long, String> names = teams.findAllById(teamIds.stream().filter(id -> id != NO_TEAM).toList()).stream()
        .collect(Collectors.toMap(Team::id, Team::name));
    String lines = teamIds.stream()
        .map(id -> wording.text("ticket.staff.digest-line",
            "team", id == NO_TEAM ? wording.text("ticket.staff.nobody") : names.getOrDefault(id, "#" + id),
            "opened", opened.getOrDefault(id, 0L), "resolved", resolved.getOrDefault(id, 0L),
            "overdue", overdue.getOrDefault(id, 0L)))
        .collect(Collectors.joining("\n"));
    return wording.text("ticket.staff.digest", "day", day, "lines", lines);
  }

  private Map<Long, Long> counts(String sql, Timestamp from, Timestamp to) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.query(sql, rs -> {
      long team = rs.getObject(1) == null ? NO_TEAM : rs.getLong(1);
      counts.merge(team, rs.getLong(2), Long::sum);
    }, from, to);
    return counts;
  }

  /** The day a firing at {@code firedAt} reports on: the day before, in the company's zone. */
  LocalDate dayBefore(Instant firedAt) {
    return LocalDate.ofInstant(firedAt, tickets.zone()).minusDays(1);
  }
}
