package com.wuyebot.bot.escalation;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Events through a Redis channel, so an agent on instance A sees a message that arrived on B. One
 * thread holds the subscription and resubscribes after a Redis outage; an event published while
 * Redis is down is lost, which only delays a console's refresh until the next event or reload.
 */
final class RedisInboxBroadcast implements InboxBroadcast {

  private static final Logger log = LoggerFactory.getLogger(RedisInboxBroadcast.class);

  private final URI url;
  private final String channel;
  private final JedisPooled publisher;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final JedisPubSub subscription = new JedisPubSub() {
    @Override
    public void onMessage(String channel, String message) {
      listeners.forEach(listener -> listener.accept(message));
    }
  };
  private final Thread subscriber;
  private volatile boolean closed;

  RedisInboxBroadcast(String url, String namespace) {
    this.url = URI.create(url);
    this.channel = (namespace.endsWith(":") ? namespace : namespace + ":") + "console:events";
    this.publisher = new JedisPooled(this.url);
    this.subscriber = new Thread(this::listen, "console-events");
    this.subscriber.setDaemon(true);
    this.subscriber.start();
  }

  @Override
  public void publish(String event) {
    try {
      publisher.publish(channel, event);
    } catch (JedisException e) {
      log.warn("Console event not published: Redis unavailable ({})", e.getClass().getSimpleName());
    }
  }

  @Override
  public void subscribe(Consumer<String> listener) {
    listeners.add(listener);
  }

  private void listen() {
    while (!closed) {
      try (Jedis jedis = new Jedis(url)) {
        jedis.subscribe(subscription, channel);
      } catch (JedisException e) {
        if (!closed) {
          log.warn("Console events subscription lost ({}); retrying", e.getClass().getSimpleName());
          pause();
        }
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      if (subscription.isSubscribed()) {
        subscription.unsubscribe();
      }
    } catch (JedisException e) {
      log.debug("Unsubscribing from console events failed", e);
    }
    subscriber.interrupt();
    publisher.close();
  }
}
