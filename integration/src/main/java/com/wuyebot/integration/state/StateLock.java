package com.wuyebot.integration.state;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A lease lock in a {@link StateStore}: the holder writes a random token with a time to live, and
 * only the holder of that token can release it, so a lock whose holder died frees itself.
 * Not reentrant. Implements {@link Lock} because WxJava takes one for its token refresh.
 */
public final class StateLock implements Lock {

  private static final long POLL_MILLIS = 20;

  private final StateStore store;
  private final String key;
  private final Duration lease;
  private volatile String token;

  StateLock(StateStore store, String key, Duration lease) {
    this.store = store;
    this.key = key;
    this.lease = lease;
  }

  @Override
  public boolean tryLock() {
    String candidate = UUID.randomUUID().toString();
    if (store.setIfAbsent(key, candidate, lease)) {
      token = candidate;
      return true;
    }
    return false;
  }

  @Override
  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(time);
    while (!tryLock()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  @Override
  public void lock() {
    boolean interrupted = false;
    while (!tryLock()) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void lockInterruptibly() throws InterruptedException {
    while (!tryLock()) {
      Thread.sleep(POLL_MILLIS);
    }
  }

  @Override
  public void unlock() {
    String held = token;
    if (held != null) {
      token = null;
      store.deleteIfEquals(key, held);
    }
  }

  @Override
  public Condition newCondition() {
    throw new UnsupportedOperationException("A distributed lock has no conditions");
  }
}
