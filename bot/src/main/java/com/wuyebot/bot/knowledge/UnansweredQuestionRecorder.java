package com.wuyebot.bot.knowledge;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes unanswered questions off the reply path, in batches of one transaction each: the
 * resident's answer never waits for an insert, and a burst costs a few commits, not thousands.
 * Beyond the queue a question is dropped and counted; these rows feed a review of the knowledge
 * base, not any resident's case. On shutdown the queue is written out.
 */
@Component
class UnansweredQuestionRecorder {

  private static final Logger log = LoggerFactory.getLogger(UnansweredQuestionRecorder.class);
  private static final int QUEUE = 20_000;
  private static final int BATCH = 1_000;
  private static final long FLUSH_MILLIS = 250;

  private final UnansweredQuestionRepository repository;
  private final Clock clock;
  private final BlockingQueue<UnansweredQuestion> pending = new ArrayBlockingQueue<>(QUEUE);
  private final AtomicLong dropped = new AtomicLong();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
      task -> new Thread(task, "unanswered-question-writer"));

  UnansweredQuestionRecorder(UnansweredQuestionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
    writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  void record(String appId, String question, String decision, String candidateIds, String community) {
    if (!pending.offer(new UnansweredQuestion(appId, question, decision, candidateIds, community, clock.instant()))) {
      dropped.incrementAndGet();
    }
  }

  private void flush() {
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      log.warn("{} unanswered questions not recorded: more arrived than could be written", lost);
    }
    List<UnansweredQuestion> batch = new ArrayList<>(BATCH);
    while (pending.drainTo(batch, BATCH) > 0) {
      try {
        repository.saveAll(batch);
      } catch (RuntimeException e) {
        log.warn("Could not record {} unanswered questions: {}", batch.size(), e.toString());
      }
      batch.clear();
    }
  }

  @PreDestroy
  void drain() throws InterruptedException {
    writer.shutdown();
    writer.awaitTermination(10, TimeUnit.SECONDS);
    flush();
  }
}
