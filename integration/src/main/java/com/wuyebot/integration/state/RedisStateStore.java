package com.wuyebot.integration.state;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/** The shared {@link StateStore} on Redis through Jedis; every key is prefixed by a namespace. */
public final class RedisStateStore implements StateStore, AutoCloseable {

  private static final String COMPARE_AND_SET = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
      end
      return 0""";
  private static final String DELETE_IF_EQUALS = """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0""";
  private static final String INCREMENT_WITH_TTL = """
      local value = redis.call('INCR', KEYS[1])
      if value == 1 then
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
      end
      return value""";

  private final JedisPooled redis;
  private final String namespace;

  public RedisStateStore(JedisPooled redis, String namespace) {
    this.redis = redis;
    this.namespace = namespace.endsWith(":") ? namespace : namespace + ":";
  }

  /** Connects to {@code redis://[user:password@]host:port[/db]} with short timeouts. */
  public static RedisStateStore connect(String url, String namespace, Duration timeout) {
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(64);
    pool.setMaxIdle(64);
    pool.setMinIdle(2);
    pool.setMaxWait(timeout);
    int millis = (int) timeout.toMillis();
    return new RedisStateStore(new JedisPooled(pool, URI.create(url), millis, millis), namespace);
  }

  @Override
  public Optional<String> get(String key) {
    return call(() -> Optional.ofNullable(redis.get(k(key))));
  }

  @Override
  public void set(String key, String value, Duration ttl) {
    call(() -> redis.set(k(key), value, SetParams.setParams().px(millis(ttl))));
  }

  @Override
  public boolean setIfAbsent(String key, String value, Duration ttl) {
    return call(() -> "OK".equals(redis.set(k(key), value, SetParams.setParams().nx().px(millis(ttl)))));
  }

  @Override
  public boolean compareAndSet(String key, String expected, String newValue, Duration ttl) {
    return call(() -> isOne(redis.eval(COMPARE_AND_SET, List.of(k(key)),
        List.of(expected, newValue, Long.toString(millis(ttl))))));
  }

  @Override
  public boolean deleteIfEquals(String key, String expected) {
    return call(() -> isOne(redis.eval(DELETE_IF_EQUALS, List.of(k(key)), List.of(expected))));
  }

  @Override
  public void delete(String key) {
    call(() -> redis.del(k(key)));
  }

  @Override
  public long increment(String key, Duration ttl) {
    return call(() -> (Long) redis.eval(INCREMENT_WITH_TTL, List.of(k(key)), List.of(Long.toString(millis(ttl)))));
  }

  @Override
  public Optional<Duration> timeToLive(String key) {
    long pttl = call(() -> redis.pttl(k(key)));
    // -2: no such key; -1: a key without expiry, which this store never writes
    return pttl < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(pttl));
  }

  @Override
  public void expire(String key, Duration ttl) {
    call(() -> redis.pexpire(k(key), millis(ttl)));
  }

  @Override
  public boolean isAvailable() {
    try {
      return "PONG".equals(redis.ping());
    } catch (JedisException e) {
      return false;
    }
  }

  @Override
  public void close() {
    redis.close();
  }

  private String k(String key) {
    return namespace + key;
  }

  private static long millis(Duration ttl) {
    return Math.max(1, ttl.toMillis());
  }

  private static boolean isOne(Object reply) {
    return reply instanceof Long n && n == 1L;
  }

  private static <T> T call(Supplier<T> command) {
    try {
      return command.get();
    } catch (JedisException e) {
      throw new StateStoreUnavailableException("Redis did not answer: " + e.getMessage(), e);
    }
  }
}
