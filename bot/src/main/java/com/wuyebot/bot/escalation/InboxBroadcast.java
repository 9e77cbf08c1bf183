package com.wuyebot.bot.escalation;

import java.util.function.Consumer;

/**
 * Tells every instance's open consoles that something changed: "inbox" for the queue, or
 * "conversation-12" for one transcript. Redis pub/sub across instances, or within this process.
 */
interface InboxBroadcast extends AutoCloseable {

  void publish(String event);

  void subscribe(Consumer<String> listener);

  @Override
  default void close() {
  }
}
