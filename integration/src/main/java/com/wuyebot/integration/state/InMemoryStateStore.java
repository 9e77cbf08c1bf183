package com.wuyebot.integration.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The single-instance {@link StateStore}: a map with expiry, used when no Redis is configured. */
public final class InMemoryStateStore implements StateStore {

  private static final int SWEEP_EVERY_WRITES = 10_000;

  private record Entry(String value, Instant expiresAt) {
    boolean isLiveAt(Instant now) {
      return expiresAt.isAfter(now);
    }
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger writesSinceSweep = new AtomicInteger();
  private final Clock clock;

  public InMemoryStateStore() {
    this(Clock.systemUTC());
  }

  public InMemoryStateStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String key) {
    return live(key).map(Entry::value);
  }

  @Override
  public void set(String key, String value, Duration ttl) {
    entries.put(key, entry(value, ttl));
    afterWrite();
  }

  @Override
  public boolean setIfAbsent(String key, String value, Duration ttl) {
    AtomicBoolean stored = new AtomicBoolean();
    Instant now = clock.instant();
    entries.compute(key, (k, current) -> {
      if (current != null && current.isLiveAt(now)) {
        return current;
      }
      stored.set(true);
      return entry(value, ttl);
    });
    afterWrite();
    return stored.get();
  }

  @Override
  public boolean compareAndSet(String key, String expected, String newValue, Duration ttl) {
    AtomicBoolean replaced = new AtomicBoolean();
    Instant now = clock.instant();
    entries.computeIfPresent(key, (k, current) -> {
      if (current.isLiveAt(now) && current.value().equals(expected)) {
        replaced.set(true);
        return entry(newValue, ttl);
      }
      return current;
    });
    return replaced.get();
  }

  @Override
  public boolean deleteIfEquals(String key, String expected) {
    AtomicBoolean deleted = new AtomicBoolean();
    Instant now = clock.instant();
    entries.computeIfPresent(key, (k, current) -> {
      if (current.isLiveAt(now) && current.value().equals(expected)) {
        deleted.set(true);
        return null;
      }
      return current;
    });
    return deleted.get();
  }

  @Override
  public void delete(String key) {
    entries.remove(key);
  }

  @Override
  public long increment(String key, Duration ttl) {
    Instant now = clock.instant();
    Entry updated = entries.compute(key, (k, current) -> current != null && current.isLiveAt(now)
        ? new Entry(Long.toString(Long.parseLong(current.value()) + 1), current.expiresAt())
        : entry("1", ttl));
    afterWrite();
    return Long.parseLong(updated.value());
  }

  @Override
  public Optional<Duration> timeToLive(String key) {
    Instant now = clock.instant();
    return live(key).map(e -> Duration.between(now, e.expiresAt()));
  }

  @Override
  public void expire(String key, Duration ttl) {
    Instant now = clock.instant();
    entries.computeIfPresent(key, (k, current) -> current.isLiveAt(now) ? entry(current.value(), ttl) : null);
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  private Optional<Entry> live(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.isLiveAt(clock.instant())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  private Entry entry(String value, Duration ttl) {
    Objects.requireNonNull(value, "value");
    return new Entry(value, clock.instant().plus(ttl));
  }

  private void afterWrite() {
    if (writesSinceSweep.incrementAndGet() >= SWEEP_EVERY_WRITES) {
      writesSinceSweep.set(0);
      Instant now = clock.instant();
      entries.values().removeIf(e -> !e.isLiveAt(now));
    }
  }
}
