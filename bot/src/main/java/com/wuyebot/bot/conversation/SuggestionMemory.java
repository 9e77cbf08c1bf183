package com.wuyebot.bot.conversation;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The FAQ entries last offered to a resident as 「您是想问」, so that a reply of 1, 2 or 3 picks
 * one, on whichever instance it arrives. Without the state store a number is simply a new question.
 */
@Component
class SuggestionMemory {

  private static final Logger log = LoggerFactory.getLogger(SuggestionMemory.class);
  private static final Duration KEEP = Duration.ofMinutes(30);

  private final StateStore store;

  SuggestionMemory(StateStore store) {
    this.store = store;
  }

  void remember(String appId, String openId, List<String> entryIds) {
    try {
      store.set(key(appId, openId), String.join(",", entryIds), KEEP);
    } catch (StateStoreUnavailableException e) {
      log.warn("Suggestions not remembered, state store unavailable");
    }
  }

  List<String> recall(String appId, String openId) {
    try {
      return store.get(key(appId, openId)).map(ids -> Arrays.asList(ids.split(","))).orElse(List.of());
    } catch (StateStoreUnavailableException e) {
      return List.of();
    }
  }

  private static String key(String appId, String openId) {
    return "conv:suggest:" + appId + ":" + openId;
  }
}
