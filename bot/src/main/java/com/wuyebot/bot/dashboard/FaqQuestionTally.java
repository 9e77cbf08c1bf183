package com.wuyebot.bot.dashboard;

import com.wuyebot.bot.knowledge.FaqQuestionAsked;
import com.wuyebot.bot.ticket.TicketProperties;
import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the questions residents ask per day, community and decision. Counts gather in memory and are added
 * to faq_question_tally once a second, off the reply path: a resident's answer never waits for the
 * write, and a burst does not queue on one hot row. Instances add their own counts, so two of them
 * sum correctly; a kill -9 loses at most the last second's counts of a statistic, never an answer.
 */
@Component
class FaqQuestionTally {

  private static final Logger log = LoggerFactory.getLogger(FaqQuestionTally.class);
  private static final long FLUSH_MILLIS = 1000;

  /** One row of the tally; {@code community} is '' for residents of no known community (a key column cannot be null). */
  record Key(LocalDate day, String community, String decision) {

    static final String NO_COMMUNITY = "";

    static Key of(LocalDate day, FaqQuestionAsked asked) {
      return new Key(day, asked.community() == null ? NO_COMMUNITY : asked.community(), asked.decision().name());
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;
  private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
      task -> new Thread(task, "faq-question-tally"));

  FaqQuestionTally(JdbcTemplate jdbc, Clock clock, TicketProperties tickets) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = tickets.zone();
    writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  @EventListener
  void on(FaqQuestionAsked asked) {
    Key key = Key.of(LocalDate.now(clock.withZone(zone)), asked);
    pending.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  synchronized void flush() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    for (Map.Entry<Key, LongAdder> entry : pending.entrySet()) {
      if (entry.getKey().day().isBefore(today)) {
        // a past day gets no new counts (but for a straggler, taken by the sum below)
        pending.remove(entry.getKey(), entry.getValue());
      }
      long count = entry.getValue().sumThenReset();
      if (count == 0) {
        continue;
      }
      try {
        add(entry.getKey(), count);
      } catch (DataAccessException e) {
        pending.computeIfAbsent(entry.getKey(), k -> new LongAdder()).add(count);
        log.warn("Could not count {} asked questions for the dashboard; retrying: {}", count, e.toString());
      }
    }
  }

  private void add(Key key, long count) {
    if (increment(key, count) == 0) {
      try {
        jdbc.update("insert into faq_question_tally (asked_on, community, decision, asked) values (?, ?, ?, ?)",
            Date.valueOf(key.day()), key.community(), key.decision(), count);
      } catch (DuplicateKeyException raced) {
        increment(key, count);
      }
    }
  }

  private int increment(Key key, long count) {
    return jdbc.update("update faq_question_tally set asked = asked + ? where asked_on = ? and community = ? and decision = ?",
        count, Date.valueOf(key.day()), key.community(), key.decision());
  }

  @PreDestroy
  void stop() {
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }
}
