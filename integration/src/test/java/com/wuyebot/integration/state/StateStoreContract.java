package com.wuyebot.integration.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} must do; each implementation's test extends this. */
abstract class StateStoreContract {

  protected abstract StateStore store();

  private final String prefix = "test:" + UUID.randomUUID() + ":";

  private String key(String name) {
    return prefix + name;
  }

  @Test
  void setIfAbsentStoresOnlyTheFirstValue() {
    assertThat(store().setIfAbsent(key("a"), "first", Duration.ofSeconds(10))).isTrue();
    assertThat(store().setIfAbsent(key("a"), "second", Duration.ofSeconds(10))).isFalse();
    assertThat(store().get(key("a"))).contains("first");
  }

  @Test
  void valuesExpire() {
    store().set(key("short"), "v", Duration.ofMillis(150));
    assertThat(store().get(key("short"))).contains("v");
    await().atMost(Duration.ofSeconds(3)).until(() -> store().get(key("short")).isEmpty());
    assertThat(store().setIfAbsent(key("short"), "again", Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void compareAndSetReplacesOnlyTheExpectedValue() {
    store().set(key("cas"), "P", Duration.ofSeconds(10));
    assertThat(store().compareAndSet(key("cas"), "X", "R", Duration.ofSeconds(10))).isFalse();
    assertThat(store().compareAndSet(key("cas"), "P", "R", Duration.ofSeconds(10))).isTrue();
    assertThat(store().get(key("cas"))).contains("R");
    assertThat(store().compareAndSet(key("missing"), "P", "R", Duration.ofSeconds(10))).isFalse();
    assertThat(store().get(key("missing"))).isEmpty();
  }

  @Test
  void deleteIfEqualsLeavesOtherValues() {
    store().set(key("d"), "mine", Duration.ofSeconds(10));
    assertThat(store().deleteIfEquals(key("d"), "theirs")).isFalse();
    assertThat(store().deleteIfEquals(key("d"), "mine")).isTrue();
    assertThat(store().get(key("d"))).isEmpty();
  }

  @Test
  void incrementCountsWithinItsWindow() {
    assertThat(store().increment(key("n"), Duration.ofSeconds(10))).isEqualTo(1);
    assertThat(store().increment(key("n"), Duration.ofSeconds(10))).isEqualTo(2);
    assertThat(store().timeToLive(key("n"))).hasValueSatisfying(ttl -> assertThat(ttl).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10)));
  }

  @Test
  void timeToLiveAndExpire() {
    assertThat(store().timeToLive(key("none"))).isEmpty();
    store().set(key("t"), "v", Duration.ofSeconds(100));
    store().expire(key("t"), Duration.ofSeconds(5));
    assertThat(store().timeToLive(key("t"))).hasValueSatisfying(ttl -> assertThat(ttl).isLessThanOrEqualTo(Duration.ofSeconds(5)));
    store().delete(key("t"));
    assertThat(store().get(key("t"))).isEmpty();
  }

  @Test
  void lockAdmitsOneHolderAtATime() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    int threads = 8;
    CountDownLatch done = new CountDownLatch(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < threads; i++) {
      pool.execute(() -> {
        StateLock lock = store().lock(key("lock"), Duration.ofSeconds(5));
        lock.lock();
        try {
          maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          Thread.sleep(5);
          inside.decrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          lock.unlock();
          done.countDown();
        }
      });
    }
    assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
    pool.shutdown();
    assertThat(maxInside.get()).isEqualTo(1);
  }

  @Test
  void lockOfADeadHolderFreesItselfAfterTheLease() {
    StateLock dead = store().lock(key("lease"), Duration.ofMillis(200));
    assertThat(dead.tryLock()).isTrue();
    StateLock next = store().lock(key("lease"), Duration.ofSeconds(5));
    assertThat(next.tryLock()).isFalse();
    await().atMost(Duration.ofSeconds(3)).until(next::tryLock);
    next.unlock();
  }

  @Test
  void reportsAvailable() {
    assertThat(store().isAvailable()).isTrue();
  }
}
