package com.wuyebot.integration.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** The single-instance {@link StateStore}: a map with expiry, used when no Redis is configured. */
public final class InMemoryStateStore implements StateStore {

  /** Expired entries are removed by one full pass this often; in between they are only skipped. */
  private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);

  private record Entry(String value, Instant expiresAt) {
    boolean isLiveAt(Instant now) {
      return expiresAt.isAfter(now);
    }
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicReference<Instant> lastSweep;
  private final Clock clock;

  public InMemoryStateStore() {
    this(Clock.systemUTC());
  }

  public InMemoryStateStore(Clock clock) {
    this.clock = clock;
    this.lastSweep = new AtomicReference<>(clock.instant());
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

  /** Entries held, expired ones not yet swept included. */
  int size() {
    return entries.size();
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

  /** A pass over every entry costs milliseconds with a million keys: one writer does it, rarely. */
  private void afterWrite() {
    Instant now = clock.instant();
    Instant last = lastSweep.get();
    if (Duration.between(last, now).compareTo(SWEEP_INTERVAL) >= 0 && lastSweep.compareAndSet(last, now)) {
      entries.values().removeIf(e -> !e.isLiveAt(now));
    }
  }
}
