package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.messaging.MassJobFinished;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * MASSSENDJOBFINISH reports on both databases, without an application: each job is counted once however often its
 * report comes, in whichever order report and job are written, and only the notice's own jobs count.
 */
class MassReportsIT {

  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.wuyebot.bot.notice.NoticeDatabases#both")
  void countsEachJobOnceWhateverTheOrderAndHoweverOftenItIsReported(String name, DataSource dataSource) throws Exception {
    MassReports reports = new MassReports(new JdbcTemplate(dataSource), Clock.fixed(T0, ZoneOffset.UTC));
    Notice notice = notice(dataSource);
    long firstJob = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    long secondJob = firstJob + 1;
    sent(dataSource, notice, firstJob, "o-1", "o-2", "o-3");

    reports.onReport(new MassJobFinished(TestNotices.APP, firstJob, "send success", 3, 3, 2, 1));
    reports.onReport(new MassJobFinished(TestNotices.APP, firstJob, "send success", 3, 3, 2, 1));
    // the second job's report overtakes the write of its deliveries, twice at the same moment on two instances
    ExecutorService instances = Executors.newFixedThreadPool(2);
    List<Callable<Void>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(() -> {
        reports.onReport(new MassJobFinished(TestNotices.APP, secondJob, "err(10001)", 2, 0, 0, 0));
        return null;
      });
    }
    for (var done : instances.invokeAll(both)) {
      done.get();
    }
    instances.shutdown();
    assertThat(reports.of(notice)).isEqualTo(new MassJobs(1, 1, 3, 3, 2, 1, Map.of("SUCCESS", 1L)));

    sent(dataSource, notice, secondJob, "o-4", "o-5");
    reports.onReport(new MassJobFinished(TestNotices.APP, firstJob + 1_000, "send success", 500, 500, 500, 0));
    reports.onReport(new MassJobFinished("wx-other-app", secondJob, "send success", 9, 9, 9, 0));

    assertThat(reports.of(notice))
        .isEqualTo(new MassJobs(2, 2, 5, 3, 2, 1, Map.of("SUCCESS", 1L, "REVIEW_FAILED_10001", 1L)));
    assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM notice_mass_report WHERE app_id = ? "
        + "AND msg_id = ?", Integer.class, TestNotices.APP, secondJob)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.wuyebot.bot.notice.NoticeDatabases#both")
  void aNoticeSentAsTemplatesHasNoMassJobs(String name, DataSource dataSource) {
    MassReports reports = new MassReports(new JdbcTemplate(dataSource), Clock.fixed(T0, ZoneOffset.UTC));
    Notice template = TestNotices.waterCut(NoticeDatabases.notice(dataSource, NoticeChannel.TEMPLATE, T0), NoticeChannel.TEMPLATE);

    assertThat(reports.of(template)).isNull();
  }

  private static Notice notice(DataSource dataSource) {
    Notice notice = TestNotices.waterCut(NoticeDatabases.notice(dataSource, NoticeChannel.MASS, T0), NoticeChannel.MASS);
    ReflectionTestUtils.setField(notice, "status", NoticeStatus.SENDING);
    return notice;
  }

  /** Deliveries of one accepted mass job, as the sender writes them. */
  private static void sent(DataSource dataSource, Notice notice, long job, String... openIds) {
    for (String openId : openIds) {
      new JdbcTemplate(dataSource).update("INSERT INTO notice_delivery (notice_id, app_id, open_id, status, channel, attempts, "
          + "next_attempt_at, wechat_msg_id, sent_at, updated_at) VALUES (?, ?, ?, 'SENT', 'MASS', 1, ?, ?, ?, ?)", notice.id(),
          TestNotices.APP, openId, T0.atOffset(ZoneOffset.UTC), job, T0.atOffset(ZoneOffset.UTC), T0.atOffset(ZoneOffset.UTC));
    }
  }
}
