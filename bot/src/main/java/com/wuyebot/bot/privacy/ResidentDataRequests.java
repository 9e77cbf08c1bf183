package com.wuyebot.bot.privacy;

import com.wuyebot.bot.shared.Pseudonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A resident's rights over their data (PIPL): a copy of everything held about them, erasure on
 * request, and rows deleted once their retention period is over. Every request is recorded, with
 * the resident as a pseudonym, so the record itself holds no personal data.
 */
@Service
public class ResidentDataRequests {

  private static final Logger log = LoggerFactory.getLogger(ResidentDataRequests.class);

  private final List<PersonalDataTable> tables;
  private final JdbcTemplate jdbc;
  private final Pseudonyms pseudonyms;
  private final PrivacyProperties properties;
  private final Clock clock;

  ResidentDataRequests(List<PersonalDataTable> tables, JdbcTemplate jdbc, Pseudonyms pseudonyms,
      PrivacyProperties properties, Clock clock) {
    // a table found through another's resident column must go first: once that column is cleared, its rows are lost
    this.tables = tables.stream().sorted(Comparator.comparing(table -> !table.foundThroughAnotherTable())).toList();
    this.jdbc = jdbc;
    this.pseudonyms = pseudonyms;
    this.properties = properties;
    this.clock = clock;
    for (String name : properties.retention().keySet()) {
      if (tables.stream().noneMatch(table -> table.name().equals(name))) {
        throw new IllegalStateException("bot.privacy.retention names an unknown table: " + name);
      }
    }
  }

  /** Everything held about one resident, table by table. */
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> export(String appId, String openId, String requestedBy) {
    Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
    for (PersonalDataTable table : tables) {
      data.put(table.name(), jdbc.queryForList("SELECT " + String.join(", ", table.exportColumns()) + " FROM " + table.table()
          + " WHERE " + table.residentCondition(), appId, openId));
    }
    record("EXPORT", appId, openId, requestedBy, data.values().stream().mapToInt(List::size).sum());
    return data;
  }

  /** Erases one resident: rows deleted or, where statistics need them, cut loose and blanked. Returns rows per table. */
  @Transactional
  public Map<String, Integer> erase(String appId, String openId, String requestedBy) {
    Map<String, Integer> erased = new LinkedHashMap<>();
    for (PersonalDataTable table : tables) {
      erased.put(table.name(), table.deletesRows() ? delete(table, appId, openId) : anonymise(table, appId, openId));
    }
    record("ERASE", appId, openId, requestedBy, erased.values().stream().mapToInt(Integer::intValue).sum());
    log.info("Erased the data of resident {} on request of {}: {}", pseudonyms.of(openId), requestedBy, erased);
    return erased;
  }

  /** Deletes rows past their retention; running it twice, or on two instances, deletes nothing twice. */
  @Scheduled(fixedDelayString = "${bot.privacy.retention-check-interval:1h}", initialDelayString = "${bot.privacy.retention-check-delay:1m}")
  public void applyRetention() {
    for (PersonalDataTable table : tables) {
      Duration period = properties.retention().get(table.name());
      if (period == null || table.timestampColumn() == null) {
        continue;
      }
      Timestamp cutoff = Timestamp.from(clock.instant().minus(period));
      String expired = " FROM " + table.table() + " WHERE " + table.timestampColumn() + " < ?";
      List<String> files = table.fileColumn() == null ? List.of()
          : jdbc.queryForList("SELECT " + table.fileColumn() + expired + " AND " + table.fileColumn() + " IS NOT NULL",
              String.class, cutoff);
      int deleted = jdbc.update("DELETE" + expired, cutoff);
      deleteFiles(files);
      if (deleted > 0) {
        log.info("Retention: deleted {} rows of {} older than {}", deleted, table.name(), period);
      }
    }
  }

  private int delete(PersonalDataTable table, String appId, String openId) {
    if (table.fileColumn() != null) {
      deleteFilesAfterCommit(jdbc.queryForList("SELECT " + table.fileColumn() + " FROM " + table.table() + " WHERE "
          + table.residentCondition() + " AND " + table.fileColumn() + " IS NOT NULL", String.class, appId, openId));
    }
    return jdbc.update("DELETE FROM " + table.table() + " WHERE " + table.residentCondition(), appId, openId);
  }

  private int anonymise(PersonalDataTable table, String appId, String openId) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(table.table()).append(" SET ");
    List<Object> arguments = new ArrayList<>();
    table.erasedValues().forEach((column, value) -> {
      sql.append(column).append(" = ?, ");
      arguments.add(value);
    });
    if (table.openIdColumn() != null) {
      sql.append(table.openIdColumn()).append(" = NULL, ");
    }
    sql.setLength(sql.length() - 2);
    sql.append(" WHERE ").append(table.residentCondition());
    arguments.add(appId);
    arguments.add(openId);
    return jdbc.update(sql.toString(), arguments.toArray());
  }

  /** Files go once the rows are gone for good: a rolled-back erasure keeps both. */
  private void deleteFilesAfterCommit(List<String> paths) {
    if (paths.isEmpty()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        deleteFiles(paths);
      }
    });
  }

  private static void deleteFiles(List<String> paths) {
    for (String path : paths) {
      try {
        Files.deleteIfExists(Path.of(path));
      } catch (IOException | InvalidPathException e) {
        log.warn("Could not delete the file {} of a deleted row: {}", path, e.toString());
      }
    }
  }

  private void record(String kind, String appId, String openId, String requestedBy, int rows) {
    jdbc.update("INSERT INTO privacy_request (kind, app_id, resident, requested_by, rows_affected, requested_at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", kind, appId, pseudonyms.of(openId), requestedBy, rows,
        Timestamp.from(clock.instant()));
  }
}
