package com.wuyebot.bot.notice;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends per second per account, shared by every instance through the state store: a cell-rate limiter (GCRA)
 * whose one value per account is the time the next send may go out, moved on by compare-and-set. Sharing it,
 * rather than dividing the rate by the number of instances, keeps the rate right while instances come and go
 * and lets one instance use the whole rate when it is the only one with work. Without a reachable store each
 * instance keeps the rate on its own (a cluster then sends at most rate × instances).
 */
@Component
class SendRate {

  private static final Logger log = LoggerFactory.getLogger(SendRate.class);
  private static final String KEY = "notice:rate:";
  private static final Duration KEY_TTL = Duration.ofMinutes(5);

  private final StateStore store;
  private final int perSecond;
  private final long intervalNanos;
  private final Object localLock = new Object();
  private long localNext;

  SendRate(StateStore store, NoticeProperties properties) {
    this.store = store;
    this.perSecond = properties.ratePerSecond();
    this.intervalNanos = perSecond == 0 ? 0 : 1_000_000_000L / perSecond;
  }

  /** Waits until this account may send one more message. */
  void acquire(String appId) throws InterruptedException {
    if (perSecond == 0) {
      return;
    }
    long slot;
    try {
      slot = reserveShared(appId);
    } catch (StateStoreUnavailableException e) {
      log.debug("Send rate kept per instance: state store unavailable");
      slot = reserveLocal();
    }
    long waitNanos = slot - nowNanos();
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }

  /** Takes the next free slot: max(now, next free) and moves the next free slot one interval on. */
  private long reserveShared(String appId) {
    String key = KEY + appId;
    while (true) {
      long now = nowNanos();
      Optional<String> current = store.get(key);
      long next = current.map(Long::parseLong).orElse(0L);
      long slot = Math.max(now, next);
      String reserved = Long.toString(slot + intervalNanos);
      boolean taken = current.isEmpty()
          ? store.setIfAbsent(key, reserved, KEY_TTL)
          : store.compareAndSet(key, current.get(), reserved, KEY_TTL);
      if (taken) {
        return slot;
      }
    }
  }

  private long reserveLocal() {
    synchronized (localLock) {
      long slot = Math.max(nowNanos(), localNext);
      localNext = slot + intervalNanos;
      return slot;
    }
  }

  /**
   * Wall-clock nanoseconds, comparable across instances (their clocks agree to NTP precision); real time, not the
   * application's Clock, because a rate is about real seconds even in a test with a fixed clock.
   */
  private static long nowNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
