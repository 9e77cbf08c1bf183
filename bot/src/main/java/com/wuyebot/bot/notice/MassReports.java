package com.wuyebot.bot.notice;

import com.wuyebot.bot.messaging.MassJobFinished;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records MASSSENDJOBFINISH outcomes, once per job however often WeChat pushes the report, and sums them per notice.
 * A report is kept by the job's msg_id, which the deliveries of the job carry, so it may arrive before the deliveries
 * are written; a report of a job this bot did not send (one from the MP console) matches no notice.
 */
@Component
class MassReports {

  private static final Logger log = LoggerFactory.getLogger(MassReports.class);
  private static final Pattern REVIEW_FAILED = Pattern.compile("err\\((\\d{1,9})\\)");

  private final JdbcTemplate jdbc;
  private final Clock clock;

  MassReports(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  void onReport(MassJobFinished report) {
    String outcome = outcome(report.status());
    try {
      int recorded = jdbc.update("INSERT INTO notice_mass_report (app_id, msg_id, status, total_count, filter_count, "
              + "sent_count, error_count, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          report.appId(), report.msgId(), outcome, report.totalCount(), report.filterCount(), report.sentCount(),
          report.errorCount(), clock.instant().atOffset(ZoneOffset.UTC));
      if (recorded == 1) {
        log.info("Mass job {} finished: {}, {} of {} followers sent, {} failed", report.msgId(), outcome,
            report.sentCount(), report.totalCount(), report.errorCount());
      } else {
        log.debug("Mass job {} report repeated; recorded before", report.msgId());
      }
    } catch (RuntimeException e) {
      // the webhook must still answer; without the report the statistics show the job as not reported
      log.warn("Report of mass job {} not recorded", report.msgId(), e);
    }
  }

  /** The reported outcomes of the notice's mass jobs; null for a notice not sent as a mass message. */
  MassJobs of(Notice notice) {
    if (notice.channel() != NoticeChannel.MASS) {
      return null;
    }
    Long jobs = jdbc.queryForObject("SELECT COUNT(DISTINCT wechat_msg_id) FROM notice_delivery WHERE notice_id = ? "
        + "AND channel = 'MASS' AND wechat_msg_id IS NOT NULL", Long.class, notice.id());
    long[] sums = new long[5];
    Map<String, Long> byOutcome = new TreeMap<>();
    jdbc.query("SELECT r.status, COUNT(*), SUM(r.total_count), SUM(r.filter_count), SUM(r.sent_count), SUM(r.error_count) "
        + "FROM notice_mass_report r WHERE r.app_id = ? AND r.msg_id IN (SELECT d.wechat_msg_id FROM notice_delivery d "
        + "WHERE d.notice_id = ? AND d.channel = 'MASS') GROUP BY r.status", rs -> {
          byOutcome.put(rs.getString(1), rs.getLong(2));
          for (int i = 0; i < sums.length; i++) {
            sums[i] += rs.getLong(i + 2);
          }
        }, notice.appId(), notice.id());
    return new MassJobs(jobs == null ? 0 : jobs, sums[0], sums[1], sums[2], sums[3], sums[4], byOutcome);
  }

  /** SUCCESS, FAILED, REVIEW_FAILED_&lt;code&gt; for {@code err(code)}, or UNKNOWN (PROTOCOL.md §3.2). */
  static String outcome(String status) {
    String normalized = status == null ? "" : status.replace(" ", "").toLowerCase(Locale.ROOT);
    Matcher review = REVIEW_FAILED.matcher(normalized);
    if (review.matches()) {
      return "REVIEW_FAILED_" + Integer.parseInt(review.group(1));
    }
    return switch (normalized) {
      case "sendsuccess" -> "SUCCESS";
      case "sendfail" -> "FAILED";
      default -> "UNKNOWN";
    };
  }
}
