package com.wuyebot.bot.ticket;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls for staff notifications to try again ({@link StaffNotifier#retryDue}) on a thread of its
 * own: a retry waits for WeChat or a WeCom robot (seconds when one is slow), and the application's
 * shared scheduling thread keeps other features' polls (the FAQ index) on time.
 */
@Component
class StaffNotificationRetries {

  private static final Logger log = LoggerFactory.getLogger(StaffNotificationRetries.class);

  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "staff-notice-retries"));

  StaffNotificationRetries(StaffNotifier notifier, StaffNoticeProperties properties) {
    long poll = properties.retryPoll().toMillis();
    poller.scheduleWithFixedDelay(() -> {
      try {
        notifier.retryDue();
      } catch (RuntimeException e) {
        log.warn("Retrying staff notifications failed; next poll tries again", e);
      }
    }, poll, poll, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() throws InterruptedException {
    poller.shutdown();
    poller.awaitTermination(10, TimeUnit.SECONDS);
  }
}
