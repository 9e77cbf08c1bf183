package com.wuyebot.bot.conversation;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The FAQ entries last offered to a resident as 「您是想问」, and when, so that a reply of 1, 2 or 3 picks
 * one, on whichever instance it arrives. Without the state store a number is simply a new question.
 */
@Component
class SuggestionMemory implements OfferedChoices {

  private static final Logger log = LoggerFactory.getLogger(SuggestionMemory.class);
  private static final Duration KEEP = Duration.ofMinutes(30);

  private record Offer(Instant at, List<String> entryIds) {
  }

  private final StateStore store;
  private final Clock clock;

  SuggestionMemory(StateStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  void remember(String appId, String openId, List<String> entryIds) {
    try {
      store.set(key(appId, openId), clock.millis() + ";" + String.join(",", entryIds), KEEP);
    } catch (StateStoreUnavailableException e) {
      log.warn("Suggestions not remembered, state store unavailable");
    }
  }

  List<String> recall(String appId, String openId) {
    return offer(appId, openId).map(Offer::entryIds).orElse(List.of());
  }

  @Override
  public int offeredAfter(String appId, String openId, Instant since) {
    return offer(appId, openId).filter(offer -> offer.at().isAfter(since)).map(offer -> offer.entryIds().size()).orElse(0);
  }

  private Optional<Offer> offer(String appId, String openId) {
    try {
      return store.get(key(appId, openId)).flatMap(SuggestionMemory::parse);
    } catch (StateStoreUnavailableException e) {
      return Optional.empty();
    }
  }

  /** {@code <epoch millis>;<id>,<id>}; a value without the time (written before it was kept) counts as offered long ago. */
  private static Optional<Offer> parse(String value) {
    int separator = value.indexOf(';');
    try {
      Instant at = separator < 0 ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(value.substring(0, separator)));
      String ids = value.substring(separator + 1);
      return ids.isEmpty() ? Optional.empty() : Optional.of(new Offer(at, Arrays.asList(ids.split(","))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String key(String appId, String openId) {
    return "conv:suggest:" + appId + ":" + openId;
  }
}
