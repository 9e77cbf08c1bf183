package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims of delivery records on both databases, without an application: senders racing each other never hold
 * the same record, a claim never takes more than asked, a dead sender's claim comes back after its lease with
 * its first claim kept (same client_msg_id), and a claim too old to resend safely becomes OUTCOME_UNKNOWN.
 */
class DeliveryStoreClaimIT {

  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Duration RESEND_WINDOW = Duration.ofMinutes(8);
  private static final int MASS_JOB = 1000;
  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.wuyebot.bot.notice.NoticeDatabases#both")
  void racingSendersNeverHoldTheSameRecord(String name, DataSource dataSource) throws Exception {
    DeliveryStore store = store(dataSource);
    long notice = NoticeDatabases.notice(dataSource, NoticeChannel.TEMPLATE, T0);
    List<String> openIds = Stream.iterate(0, i -> i + 1).limit(3_000).map(i -> "o-" + i).toList();
    created(dataSource, store, notice, NoticeChannel.TEMPLATE, openIds);

    List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<Callable<Integer>> work = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      work.add(() -> {
        int largest = 0;
        for (List<ClaimedDelivery> batch = store.claim(50, MASS_JOB, LEASE, RESEND_WINDOW, T0); !batch.isEmpty();
            batch = store.claim(50, MASS_JOB, LEASE, RESEND_WINDOW, T0)) {
          largest = Math.max(largest, batch.size());
          batch.forEach(d -> claimed.add(d.id()));
        }
        return largest;
      });
    }
    for (Future<Integer> largest : senders.invokeAll(work)) {
      assertThat(largest.get()).isLessThanOrEqualTo(50);
    }
    senders.shutdown();
    assertThat(claimed).hasSize(3_000).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.wuyebot.bot.notice.NoticeDatabases#both")
  void aDeadSendersClaimComesBackAfterItsLeaseAndIsGivenUpWhenTooOld(String name, DataSource dataSource) {
    DeliveryStore store = store(dataSource);
    long notice = NoticeDatabases.notice(dataSource, NoticeChannel.TEMPLATE, T0);
    created(dataSource, store, notice, NoticeChannel.TEMPLATE, List.of("o-a", "o-b"));

    List<ClaimedDelivery> first = store.claim(1, MASS_JOB, LEASE, RESEND_WINDOW, T0);
    assertThat(store.claim(1, MASS_JOB, LEASE, RESEND_WINDOW, T0.plusSeconds(30))).extracting(ClaimedDelivery::id)
        .doesNotContainAnyElementsOf(first.stream().map(ClaimedDelivery::id).toList());
    // the first sender died; its lease ran out
    List<ClaimedDelivery> again = store.claim(10, MASS_JOB, LEASE, RESEND_WINDOW, T0.plus(Duration.ofMinutes(2)));
    assertThat(again).extracting(ClaimedDelivery::id).contains(first.get(0).id());
    ClaimedDelivery resumed = again.stream().filter(d -> d.id() == first.get(0).id()).findFirst().orElseThrow();
    assertThat(resumed.firstClaim()).isEqualTo(first.get(0).firstClaim());
    assertThat(resumed.attempts()).isEqualTo(2);

    // and that sender died too, long ago: WeChat would no longer drop a repeat
    assertThat(store.claim(10, MASS_JOB, LEASE, RESEND_WINDOW, T0.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(store.counts(notice)).extracting(DeliveryStore.Count::failure, DeliveryStore.Count::count)
        .containsExactly(tuple("OUTCOME_UNKNOWN", 2L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.wuyebot.bot.notice.NoticeDatabases#both")
  void aMassNoticeIsClaimedAWholeJobAtATimeAfterTheTemplateRecords(String name, DataSource dataSource) {
    DeliveryStore store = store(dataSource);
    long mass = NoticeDatabases.notice(dataSource, NoticeChannel.MASS, T0);
    long other = NoticeDatabases.notice(dataSource, NoticeChannel.TEMPLATE, T0);
    created(dataSource, store, mass, NoticeChannel.MASS, List.of("o-1", "o-2", "o-3", "o-4", "o-5"));
    created(dataSource, store, other, NoticeChannel.TEMPLATE, List.of("o-6", "o-7"));

    List<ClaimedDelivery> templates = store.claim(2, MASS_JOB, LEASE, RESEND_WINDOW, T0);
    List<ClaimedDelivery> job = store.claim(2, MASS_JOB, LEASE, RESEND_WINDOW, T0);

    assertThat(templates).extracting(ClaimedDelivery::noticeId).containsOnly(other).hasSize(2);
    assertThat(job).extracting(ClaimedDelivery::noticeId).containsOnly(mass).hasSize(5);
    assertThat(job).extracting(ClaimedDelivery::firstClaim).containsOnly(job.get(0).firstClaim());
    assertThat(store.claim(2, MASS_JOB, LEASE, RESEND_WINDOW, T0)).isEmpty();
  }

  private static DeliveryStore store(DataSource dataSource) {
    return new DeliveryStore(new JdbcTemplate(dataSource), dataSource, new DataSourceTransactionManager(dataSource));
  }

  /** The notice's delivery records, as sending starts them: in a transaction of their own. */
  private static void created(DataSource dataSource, DeliveryStore store, long notice, NoticeChannel channel,
      List<String> openIds) {
    new TransactionTemplate(new DataSourceTransactionManager(dataSource))
        .executeWithoutResult(s -> store.create(notice, "wx-app", channel, openIds, T0));
  }
}
