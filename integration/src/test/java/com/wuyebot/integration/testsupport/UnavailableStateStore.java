package com.wuyebot.integration.testsupport;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.time.Duration;
import java.util.Optional;

/** A state store whose server is down: every call fails as a Redis outage would. */
public final class UnavailableStateStore implements StateStore {

  private static StateStoreUnavailableException down() {
    return new StateStoreUnavailableException("state store down (test)", null);
  }

  @Override
  public Optional<String> get(String key) {
    throw down();
  }

  @Override
  public void set(String key, String value, Duration ttl) {
    throw down();
  }

  @Override
  public boolean setIfAbsent(String key, String value, Duration ttl) {
    throw down();
  }

  @Override
  public boolean compareAndSet(String key, String expected, String newValue, Duration ttl) {
    throw down();
  }

  @Override
  public boolean deleteIfEquals(String key, String expected) {
    throw down();
  }

  @Override
  public void delete(String key) {
    throw down();
  }

  @Override
  public long increment(String key, Duration ttl) {
    throw down();
  }

  @Override
  public Optional<Duration> timeToLive(String key) {
    throw down();
  }

  @Override
  public void expire(String key, Duration ttl) {
    throw down();
  }

  @Override
  public boolean isAvailable() {
    return false;
  }
}
