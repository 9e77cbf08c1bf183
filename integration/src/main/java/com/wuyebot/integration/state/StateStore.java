package com.wuyebot.integration.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived state shared by every instance of the bot: dedup keys, conversation sessions,
 * access tokens, rate-limit counters and locks. Every value expires; the database holds the truth.
 *
 * <p>Implementations throw {@link StateStoreUnavailableException} when the backing server cannot
 * be reached, so callers can degrade deliberately instead of failing on a random exception.
 */
public interface StateStore {

  Optional<String> get(String key);

  void set(String key, String value, Duration ttl);

  /** Stores the value only when the key is absent; true when this call stored it. */
  boolean setIfAbsent(String key, String value, Duration ttl);

  /** Replaces the value only when it currently equals {@code expected}; true when replaced. */
  boolean compareAndSet(String key, String expected, String newValue, Duration ttl);

  /** Deletes the key only when it currently holds {@code expected}; true when deleted. */
  boolean deleteIfEquals(String key, String expected);

  void delete(String key);

  /** Adds one to a counter and returns the new value; a new counter expires after {@code ttl}. */
  long increment(String key, Duration ttl);

  /** Remaining time to live, empty when the key is absent. */
  Optional<Duration> timeToLive(String key);

  void expire(String key, Duration ttl);

  /** True when the backing server answers; used by health checks. */
  boolean isAvailable();

  /** A lock shared by every instance using this store, held at most {@code lease}. */
  default StateLock lock(String name, Duration lease) {
    return new StateLock(this, "lock:" + name, lease);
  }
}
