package com.wuyebot.bot.messaging;

import com.wuyebot.integration.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each resident's interaction window and the customer-service messages sent in it, in the shared
 * state store so every instance counts the same window. A key expires with its window.
 * Callers handle {@code StateStoreUnavailableException}.
 */
@Component
class InteractionWindows {

  private static final String WINDOW = "messenger:window:";
  private static final String SENDS = "messenger:window-sends:";

  private final StateStore store;
  private final WindowRules rules;
  private final Clock clock;

  @Autowired
  InteractionWindows(StateStore store, MessengerProperties properties, Clock clock) {
    this(store, properties.windowRules(), clock);
  }

  InteractionWindows(StateStore store, WindowRules rules, Clock clock) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
  }

  void opened(String appId, String openId, InteractionWindow.Kind kind, Instant at) {
    Instant now = clock.instant();
    InteractionWindow next = new InteractionWindow(kind, at.isAfter(now) ? now : at);
    Duration ttl = next.remaining(now, rules);
    if (ttl.isZero()) {
      return;
    }
    Optional<InteractionWindow> current = current(appId, openId, now);
    if (current.isPresent() && !current.get().isReplacedBy(next, rules)) {
      return;
    }
    store.set(WINDOW + key(appId, openId), next.encode(), ttl);
  }

  /** Takes one customer-service send from the open window; false when there is none or it is used up. */
  boolean tryTakeSend(String appId, String openId) {
    Instant now = clock.instant();
    Optional<InteractionWindow> window = current(appId, openId, now);
    if (window.isEmpty()) {
      return false;
    }
    Duration ttl = window.get().remaining(now, rules);
    long sendNumber = store.increment(SENDS + key(appId, openId) + ":" + window.get().openedAt().toEpochMilli(), ttl);
    return window.get().allows((int) Math.min(sendNumber, Integer.MAX_VALUE), now, rules);
  }

  /** WeChat said the window is closed or used up (45015, 45047): believe it until the resident speaks again. */
  void closed(String appId, String openId) {
    store.delete(WINDOW + key(appId, openId));
  }

  Optional<InteractionWindow> current(String appId, String openId, Instant now) {
    return store.get(WINDOW + key(appId, openId))
        .map(InteractionWindow::decode)
        .filter(window -> window.isOpenAt(now, rules));
  }

  private static String key(String appId, String openId) {
    return appId + ":" + openId;
  }
}
