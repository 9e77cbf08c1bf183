package com.wuyebot.integration.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest extends StateStoreContract {

  private final InMemoryStateStore store = new InMemoryStateStore();

  @Override
  protected StateStore store() {
    return store;
  }

  @Test
  void expiredEntriesAreSweptAwayNotKeptForever() {
    SteppingClock clock = new SteppingClock();
    InMemoryStateStore timed = new InMemoryStateStore(clock);
    for (int i = 0; i < 1_000; i++) {
      timed.set("dedup-" + i, "P", Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(11));

    timed.set("fresh", "v", Duration.ofMinutes(1));

    assertThat(timed.size()).isEqualTo(1);
  }

  private static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T00:00:00Z");

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
