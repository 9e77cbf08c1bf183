package com.wuyebot.integration.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest extends StateStoreContract {

  private final InMemoryStateStore store = new InMemoryStateStore();

  @Override
  protected StateStore store() {
    return store;
  }

  @Test
  void expiredEntriesAreSweptAwayNotKeptForever() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));
    InMemoryStateStore timed = new InMemoryStateStore(clock);
    for (int i = 0; i < 1_000; i++) {
      timed.set("dedup-" + i, "P", Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(11));

    timed.set("fresh", "v", Duration.ofMinutes(1));

    assertThat(timed.size()).isEqualTo(1);
  }
}
