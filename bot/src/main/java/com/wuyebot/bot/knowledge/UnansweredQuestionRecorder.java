package com.wuyebot.bot.knowledge;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes unanswered questions off the reply path: the resident's answer never waits for this
 * insert. A burst beyond the queue is dropped with a warning; these rows feed a review of the
 * knowledge base, not any resident's case. On shutdown the queue is written out.
 */
@Component
class UnansweredQuestionRecorder {

  private static final Logger log = LoggerFactory.getLogger(UnansweredQuestionRecorder.class);
  private static final int QUEUE = 10_000;

  private final UnansweredQuestionRepository repository;
  private final Clock clock;
  private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(QUEUE), task -> new Thread(task, "unanswered-question-writer"),
      (task, executor) -> log.warn("Unanswered-question queue full; one question not recorded"));

  UnansweredQuestionRecorder(UnansweredQuestionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  void record(String appId, String question, String decision, String candidateIds) {
    UnansweredQuestion row = new UnansweredQuestion(appId, question, decision, candidateIds, clock.instant());
    writer.execute(() -> {
      try {
        repository.save(row);
      } catch (RuntimeException e) {
        log.warn("Could not record an unanswered question: {}", e.toString());
      }
    });
  }

  @PreDestroy
  void drain() throws InterruptedException {
    writer.shutdown();
    writer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
