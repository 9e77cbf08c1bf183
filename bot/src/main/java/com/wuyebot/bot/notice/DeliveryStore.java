package com.wuyebot.bot.notice;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery records, in plain JDBC because senders move through thousands of them a second: created up front
 * (one per notice and resident, unique), claimed in batches with a lease, written back in batches.
 *
 * <p>On PostgreSQL a claim skips rows other instances hold ({@code FOR UPDATE SKIP LOCKED}). The embedded H2
 * runs in one process only, so there claims are taken one at a time in this process; the conditional UPDATE
 * is the same, so a row is never held by two senders on either database.
 */
@Component
class DeliveryStore {

  private static final String UNFINISHED = "('PENDING', 'SENDING')";
  private static final String MASS = " AND channel = 'MASS'";
  private static final String NOT_MASS = " AND (channel IS NULL OR channel <> 'MASS')";
  private static final String REPORT_MATCH =
      "FROM notice_template_report r WHERE r.app_id = notice_delivery.app_id AND r.msg_id = notice_delivery.wechat_msg_id";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final boolean skipLocked;
  private final Object claimLock = new Object();

  DeliveryStore(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.skipLocked = isPostgres(dataSource);
  }

  /**
   * One PENDING record per recipient, due now; call inside the transaction that starts the notice's sending. A mass
   * notice's records are marked MASS from the start, so that they are claimed a whole mass job at a time.
   */
  void create(long noticeId, String appId, NoticeChannel channel, List<String> openIds, Instant now) {
    OffsetDateTime at = at(now);
    String marked = channel == NoticeChannel.MASS ? NoticeChannel.MASS.name() : null;
    jdbc.batchUpdate("INSERT INTO notice_delivery (notice_id, app_id, open_id, status, channel, attempts, next_attempt_at, "
            + "updated_at) VALUES (?, ?, ?, 'PENDING', ?, 0, ?, ?)", openIds, 1000, (ps, openId) -> {
          ps.setLong(1, noticeId);
          ps.setString(2, appId);
          ps.setString(3, openId);
          ps.setString(4, marked);
          ps.setObject(5, at);
          ps.setObject(6, at);
        });
  }

  /**
   * Claims due records for {@code lease}: SENDING ones whose sender's lease ran out and PENDING template records, up
   * to {@code limit}; when there are none, up to {@code massLimit} PENDING records of mass notices, in one statement,
   * so that concurrent senders never cut a mass job into pieces. A record whose sender died longer than
   * {@code resendWindow} ago is not claimed but marked FAILED with OUTCOME_UNKNOWN: WeChat may have accepted it, and
   * it would no longer drop a repeat.
   */
  List<ClaimedDelivery> claim(int limit, int massLimit, Duration lease, Duration resendWindow, Instant now) {
    OffsetDateTime at = at(now);
    String token = UUID.randomUUID().toString();
    if (skipLocked) {
      return transaction.execute(s -> claim(token, limit, massLimit, lease, resendWindow, at));
    }
    synchronized (claimLock) {
      return transaction.execute(s -> claim(token, limit, massLimit, lease, resendWindow, at));
    }
  }

  private List<ClaimedDelivery> claim(String token, int limit, int massLimit, Duration lease, Duration resendWindow,
      OffsetDateTime now) {
    jdbc.update("UPDATE notice_delivery SET status = 'FAILED', failure = 'OUTCOME_UNKNOWN', updated_at = ? "
            + "WHERE status = 'SENDING' AND next_attempt_at <= ? AND claimed_at < ?",
        now, now, now.minus(resendWindow));
    OffsetDateTime leaseEnd = now.plus(lease);
    // claims whose sender died first, then new work; each by the index (status, next_attempt_at)
    int claimed = claim("SENDING", "", token, limit, leaseEnd, now);
    if (claimed < limit) {
      claimed += claim("PENDING", NOT_MASS, token, limit - claimed, leaseEnd, now);
    }
    if (claimed == 0) {
      claimed = claim("PENDING", MASS, token, massLimit, leaseEnd, now);
    }
    return claimed == 0 ? List.of() : claimed(token);
  }

  private List<ClaimedDelivery> claimed(String token) {
    return jdbc.query("SELECT id, notice_id, app_id, open_id, attempts, first_claim FROM notice_delivery "
            + "WHERE claim_token = ? ORDER BY id",
        (rs, i) -> new ClaimedDelivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), token,
            rs.getString(6)), token);
  }

  /** Claims records in {@code status} that are due and meet {@code condition} (an SQL fragment, possibly empty). */
  private int claim(String status, String condition, String token, int limit, OffsetDateTime leaseEnd, OffsetDateTime now) {
    String set = "SET status = 'SENDING', claim_token = ?, first_claim = COALESCE(first_claim, ?), claimed_at = ?, "
        + "next_attempt_at = ?, attempts = attempts + 1, updated_at = ? ";
    // no ORDER BY: the index range is read in order anyway, and sorting every due row for each claim costs more than
    // strict fairness between rows due at the same moment is worth
    String due = "SELECT id FROM notice_delivery WHERE status = '" + status + "' AND next_attempt_at <= ?" + condition
        + " LIMIT ?";
    Object[] dueArgs = {now, limit};
    if (skipLocked) {
      // PostgreSQL may run an IN (subquery) more than once and so claim more than the limit; a CTE runs once
      return jdbc.update("WITH due AS (" + due + " FOR UPDATE SKIP LOCKED) UPDATE notice_delivery " + set
          + "FROM due WHERE notice_delivery.id = due.id", concat(dueArgs, token, token, now, leaseEnd, now));
    }
    // H2 (claims serialised in this process): the ids first, then an update by primary key; an UPDATE with the
    // IN (subquery) would test every due row of the notice against the subquery, for every claim
    List<Long> ids = jdbc.queryForList(due, Long.class, dueArgs);
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.update("UPDATE notice_delivery " + set + "WHERE id IN (" + placeholders(ids.size()) + ")",
        concat(new Object[] {token, token, now, leaseEnd, now}, ids.toArray()));
  }

  /** Writes the outcomes of a batch; a record another sender claimed meanwhile (lease ran out) is left to it. */
  void record(List<DeliveryOutcome> outcomes, Instant now) {
    if (outcomes.isEmpty()) {
      return;
    }
    OffsetDateTime at = at(now);
    transaction.executeWithoutResult(s -> {
      jdbc.batchUpdate("UPDATE notice_delivery SET status = ?, channel = COALESCE(?, channel), wechat_msg_id = ?, sent_at = ?, error_code = ?, "
              + "failure = ?, next_attempt_at = COALESCE(?, next_attempt_at), updated_at = ? WHERE id = ? AND claim_token = ?",
          outcomes, 500, (ps, o) -> {
            ps.setString(1, o.status().name());
            ps.setString(2, o.channel() == null ? null : o.channel().name());
            if (o.msgId() == null) {
              ps.setNull(3, Types.BIGINT);
            } else {
              ps.setLong(3, o.msgId());
            }
            ps.setObject(4, o.status() == DeliveryStatus.SENT ? at : null, Types.TIMESTAMP_WITH_TIMEZONE);
            if (o.errorCode() == null) {
              ps.setNull(5, Types.INTEGER);
            } else {
              ps.setInt(5, o.errorCode());
            }
            ps.setString(6, o.failure());
            ps.setObject(7, o.nextAttemptAt() == null ? null : at(o.nextAttemptAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(8, at);
            ps.setLong(9, o.delivery().id());
            ps.setString(10, o.delivery().claimToken());
          });
      List<Long> sent = outcomes.stream().filter(o -> o.msgId() != null).map(o -> o.delivery().id()).toList();
      if (!sent.isEmpty()) {
        applyReports(sent, at);
      }
    });
  }

  /** Keeps a TEMPLATESENDJOBFINISH outcome and applies it to the delivery that has this msgid, if written yet. */
  void report(String appId, long msgId, String outcome, Instant now) {
    OffsetDateTime at = at(now);
    transaction.executeWithoutResult(s -> {
      jdbc.update("INSERT INTO notice_template_report (app_id, msg_id, status, received_at) VALUES (?, ?, ?, ?) "
          + "ON CONFLICT DO NOTHING", appId, msgId, outcome, at);
      jdbc.update("UPDATE notice_delivery SET " + reportedStatus() + ", updated_at = ? "
          + "WHERE app_id = ? AND wechat_msg_id = ? AND status = 'SENT' AND channel = 'TEMPLATE'", at, appId, msgId);
    });
  }

  private void applyReports(List<Long> ids, OffsetDateTime now) {
    jdbc.update("UPDATE notice_delivery SET " + reportedStatus() + ", updated_at = ? WHERE status = 'SENT' "
        + "AND channel = 'TEMPLATE' AND id IN (" + placeholders(ids.size()) + ") "
        + "AND EXISTS (SELECT 1 " + REPORT_MATCH + ")", concat(new Object[] {now}, ids.toArray()));
  }

  private static String reportedStatus() {
    return "status = CASE WHEN (SELECT r.status " + REPORT_MATCH + ") = 'DELIVERED' THEN 'DELIVERED' ELSE 'REJECTED' END, "
        + "failure = (SELECT CASE WHEN r.status = 'DELIVERED' THEN NULL ELSE r.status END " + REPORT_MATCH + ")";
  }

  void forgetReportsBefore(Instant before) {
    jdbc.update("DELETE FROM notice_template_report WHERE received_at < ?", at(before));
  }

  /** Marks a SENDING notice SENT when none of its records is left to send; true when this call did. */
  boolean finishIfDone(long noticeId, Instant now) {
    OffsetDateTime at = at(now);
    return jdbc.update("UPDATE notice SET status = 'SENT', finished_at = ?, updated_at = ?, version = version + 1 "
        + "WHERE id = ? AND status = 'SENDING' AND NOT EXISTS (SELECT 1 FROM notice_delivery WHERE notice_id = ? "
        + "AND status IN " + UNFINISHED + ")", at, at, noticeId, noticeId) == 1;
  }

  /** Record counts by status and failure reason. */
  List<Count> counts(long noticeId) {
    return jdbc.query("SELECT status, failure, COUNT(*) FROM notice_delivery WHERE notice_id = ? GROUP BY status, failure",
        (rs, i) -> new Count(DeliveryStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)), noticeId);
  }

  record Count(DeliveryStatus status, String failure, long count) {
  }

  /** Whom a delivery record is for, by its id; empty when there is none (never was, or erased on request). */
  Optional<Recipient> recipient(long deliveryId) {
    return jdbc.query("SELECT notice_id, app_id, open_id FROM notice_delivery WHERE id = ?",
        (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)), deliveryId).stream().findFirst();
  }

  record Recipient(long noticeId, String appId, String openId) {
  }

  /** The latest activity with sign-up that reached this resident since {@code since}. */
  Optional<Long> latestActivityReaching(String appId, String openId, Instant since) {
    return jdbc.queryForList("SELECT d.notice_id FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
        + "WHERE d.app_id = ? AND d.open_id = ? AND d.status IN ('SENT', 'DELIVERED') AND d.sent_at >= ? "
        + "AND n.kind = 'ACTIVITY' AND n.sign_up = TRUE ORDER BY d.sent_at DESC, d.notice_id DESC LIMIT 1", Long.class,
        appId, openId, at(since)).stream().findFirst();
  }

  /** One page of a notice's records, for managers who want to see who got it. */
  List<NoticeDelivery> page(long noticeId, DeliveryStatus status, int page, int size) {
    List<Object> args = new ArrayList<>();
    args.add(noticeId);
    String filter = "";
    if (status != null) {
      filter = " AND status = ?";
      args.add(status.name());
    }
    args.add(size);
    args.add((long) page * size);
    return jdbc.query("SELECT open_id, status, channel, attempts, error_code, failure, sent_at, updated_at FROM notice_delivery "
            + "WHERE notice_id = ?" + filter + " ORDER BY id LIMIT ? OFFSET ?",
        (rs, i) -> new NoticeDelivery(rs.getString(1), DeliveryStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
            (Integer) rs.getObject(5), rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class))),
        args.toArray());
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static Object[] concat(Object[] first, Object... then) {
    Object[] all = Arrays.copyOf(first, first.length + then.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  /** The type of the columns (TIMESTAMP WITH TIME ZONE), so that comparisons use their indexes without converting. */
  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database notices run on", e);
    }
  }
}
