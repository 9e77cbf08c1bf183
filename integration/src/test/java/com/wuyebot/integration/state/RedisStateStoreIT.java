package com.wuyebot.integration.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuyebot.integration.testsupport.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisStateStoreIT extends StateStoreContract {

  private static RedisStateStore store;

  @BeforeAll
  static void connect() {
    store = RedisStateStore.connect(TestRedis.url(), "wuyebot-it", Duration.ofSeconds(2));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Override
  protected StateStore store() {
    return store;
  }

  @Test
  void unreachableServerRaisesATypedException() {
    try (RedisStateStore down = RedisStateStore.connect("redis://127.0.0.1:1", "x", Duration.ofMillis(200))) {
      assertThat(down.isAvailable()).isFalse();
      assertThatThrownBy(() -> down.get("k")).isInstanceOf(StateStoreUnavailableException.class);
      assertThatThrownBy(() -> down.setIfAbsent("k", "v", Duration.ofSeconds(1)))
          .isInstanceOf(StateStoreUnavailableException.class);
    }
  }
}
