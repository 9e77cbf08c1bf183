package com.wuyebot.bot.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The senders of this instance: each claims a batch of due delivery records, sends them and writes the outcomes
 * back, then the next batch. The records are the queue, so every instance works on the same notices, a restart
 * resumes where the records stand, and nothing in memory matters. Stopping lets each sender finish the message
 * in flight and hands the rest of its batch back; a crash leaves the batch claimed until its lease runs out.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

  private final DeliveryStore deliveries;
  private final NoticeSender sender;
  private final NoticeRepository notices;
  private final NoticeProperties properties;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  DeliveryWorkers(DeliveryStore deliveries, NoticeSender sender, NoticeRepository notices,
      NoticeProperties properties, Clock clock) {
    this.deliveries = deliveries;
    this.sender = sender;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /** New records are due: idle senders look now instead of at their next poll. */
  void wake() {
    lock.lock();
    try {
      work.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void start() {
    running = true;
    for (int i = 0; i < properties.senders(); i++) {
      Thread thread = new Thread(this::run, "notice-sender-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  @Override
  public void stop() {
    running = false;
    wake();
    for (Thread thread : threads) {
      try {
        thread.join(properties.lease().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the web server and the database go, so the last outcomes are written. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }

  private void run() {
    while (running) {
      try {
        if (!sendOneBatch()) {
          idle();
        }
      } catch (RuntimeException e) {
        // the database or WeChat is unreachable: the records are unchanged or leased; try again after a pause
        log.error("Notice sender failed; retrying after {}", properties.poll(), e);
        idle();
      }
    }
  }

  /** False when nothing was due. */
  boolean sendOneBatch() {
    List<ClaimedDelivery> batch = deliveries.claim(properties.batchSize(), properties.massBatch(), properties.lease(),
        properties.resendWindow(),
        clock.instant());
    if (batch.isEmpty()) {
      return false;
    }
    Map<Long, Notice> cache = new HashMap<>();
    List<DeliveryOutcome> outcomes = sender.send(batch,
        id -> cache.computeIfAbsent(id, n -> notices.findById(n).orElseThrow(() -> new NoticeNotFoundException(n))),
        () -> running);
    deliveries.record(outcomes, clock.instant());
    Instant now = clock.instant();
    for (Long notice : cache.keySet()) {
      if (deliveries.finishIfDone(notice, now)) {
        log.info("Notice {} sent: no delivery record is left to send", notice);
      }
    }
    return true;
  }

  private void idle() {
    lock.lock();
    try {
      if (running) {
        work.await(properties.poll().toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }
}
