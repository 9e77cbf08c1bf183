package com.wuyebot.integration.wechat.outbound;

import com.wuyebot.integration.state.StateStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.redis.WxRedisOps;

/**
 * WxJava's token storage on our {@link StateStore}, so that every instance shares one access
 * token and one refresh lock. WxJava's own Jedis adapter breaks on Jedis 4 and later
 * (PROTOCOL.md §8.3); this one works on any store, in process or on Redis.
 */
final class StateStoreWxRedisOps implements WxRedisOps {

  private static final Duration TOKEN_LOCK_LEASE = Duration.ofSeconds(10);

  private final StateStore store;

  StateStoreWxRedisOps(StateStore store) {
    this.store = store;
  }

  @Override
  public String getValue(String key) {
    return store.get(key).orElse(null);
  }

  @Override
  public void setValue(String key, String value, int expire, TimeUnit timeUnit) {
    store.set(key, value, Duration.ofMillis(timeUnit.toMillis(expire)));
  }

  /** Seconds to live, or -2 for a missing key as Redis answers; WxJava treats both below 2 as expired. */
  @Override
  public Long getExpire(String key) {
    return store.timeToLive(key).map(Duration::toSeconds).orElse(-2L);
  }

  @Override
  public void expire(String key, int expire, TimeUnit timeUnit) {
    if (expire <= 0) {
      store.delete(key);
    } else {
      store.expire(key, Duration.ofMillis(timeUnit.toMillis(expire)));
    }
  }

  @Override
  public Lock getLock(String key) {
    return store.lock(key, TOKEN_LOCK_LEASE);
  }
}
