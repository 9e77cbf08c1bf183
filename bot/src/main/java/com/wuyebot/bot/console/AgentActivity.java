package com.wuyebot.bot.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps presence true for agents who simply close the browser or let the session lapse: every console request and
 * every open live page marks its user seen, and ONLINE users not seen for {@code bot.console.presence-timeout} are
 * set OFFLINE, so that queue estimates and the inbox stop counting on them. Each instance writes a user's time at
 * most every 30 s; the sweep runs on every instance and changes each user once.
 */
@Component
public class AgentActivity {

  private static final Logger log = LoggerFactory.getLogger(AgentActivity.class);
  private static final Duration WRITE_EVERY = Duration.ofSeconds(30);
  /** Neither seen nor set ONLINE since the cutoff (both bound to it). */
  private static final String NOT_SEEN_SINCE = "presence = 'ONLINE' AND COALESCE(seen_at, presence_at) < ? AND presence_at < ?";

  /** Console users set OFFLINE because nobody saw them working; the inbox shows the change. */
  public record AgentsWentOffline(List<String> usernames) {
  }

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, Instant> written = new ConcurrentHashMap<>();

  AgentActivity(JdbcTemplate jdbc, ApplicationEventPublisher events, ConsoleProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.timeout = properties.presenceTimeout();
    this.clock = clock;
  }

  public void seen(String username) {
    Instant now = clock.instant();
    Instant last = written.get(username);
    if (last != null && now.isBefore(last.plus(WRITE_EVERY))) {
      return;
    }
    written.put(username, now);
    jdbc.update("UPDATE console_user SET seen_at = ? WHERE username = ?", Timestamp.from(now), username);
  }

  @Scheduled(fixedDelayString = "${bot.console.presence-sweep:30s}", initialDelayString = "${bot.console.presence-sweep:30s}")
  public void setUnseenAgentsOffline() {
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(timeout));
    List<String> offline = new ArrayList<>();
    for (String username : jdbc.queryForList("SELECT username FROM console_user WHERE " + NOT_SEEN_SINCE, String.class, cutoff,
        cutoff)) {
      // conditional, so that of two instances sweeping at once one changes the user, and a user seen meanwhile stays
      if (jdbc.update("UPDATE console_user SET presence = 'OFFLINE', presence_at = ?, version = version + 1 "
          + "WHERE username = ? AND " + NOT_SEEN_SINCE, Timestamp.from(now), username, cutoff, cutoff) == 1) {
        offline.add(username);
      }
    }
    if (!offline.isEmpty()) {
      log.info("Console users {} set OFFLINE: no console request and no open live page for {}", offline, timeout);
      events.publishEvent(new AgentsWentOffline(List.copyOf(offline)));
    }
  }
}
