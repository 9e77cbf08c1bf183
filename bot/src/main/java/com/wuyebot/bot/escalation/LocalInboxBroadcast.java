package com.wuyebot.bot.escalation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One instance: events go straight to this process's listeners. */
final class LocalInboxBroadcast implements InboxBroadcast {

  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(String event) {
    listeners.forEach(listener -> listener.accept(event));
  }

  @Override
  public void subscribe(Consumer<String> listener) {
    listeners.add(listener);
  }
}
