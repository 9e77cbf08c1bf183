package com.wuyebot.bot.conversation;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.wuyebot.integration.state.StateLock;
import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sessions per (account, resident) in the shared state store, as small JSON with an idle time to
 * live, and the per-resident lock that keeps two instances from interleaving one resident's messages.
 */
@Component
class SessionStore {

  private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
  private static final Gson GSON = new Gson();

  private final StateStore store;
  private final ConversationProperties properties;

  SessionStore(StateStore store, ConversationProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  Session load(String appId, String openId) {
    try {
      Optional<String> json = store.get(key(appId, openId));
      if (json.isEmpty()) {
        return new Session();
      }
      Session session = GSON.fromJson(json.get(), Session.class);
      if (session == null) {
        return new Session();
      }
      session.stored = true;
      return session;
    } catch (JsonParseException e) {
      log.warn("Unreadable conversation session dropped: {}", e.getClass().getSimpleName());
      return new Session();
    } catch (StateStoreUnavailableException e) {
      log.warn("Conversation session not loaded, state store unavailable");
      return new Session();
    }
  }

  /** Writes the session back with a fresh idle TTL; one with nothing to remember takes no key. */
  void save(String appId, String openId, Session session) {
    try {
      if (!session.worthKeeping()) {
        if (session.stored) {
          store.delete(key(appId, openId));
        }
        return;
      }
      store.set(key(appId, openId), GSON.toJson(session), properties.sessionTtl());
    } catch (StateStoreUnavailableException e) {
      log.warn("Conversation session not saved, state store unavailable");
    }
  }

  /** The resident's lock, held when returned; empty when it could not be had in time (or the store is down). */
  Optional<StateLock> lock(String appId, String openId) {
    try {
      StateLock lock = store.lock("conv:" + appId + ":" + openId, properties.lockLease());
      if (lock.tryLock(properties.lockWait().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        return Optional.of(lock);
      }
      log.warn("Resident lock not acquired within {}; handling the message anyway", properties.lockWait());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (StateStoreUnavailableException e) {
      log.warn("Resident lock not taken, state store unavailable");
      return Optional.empty();
    }
  }

  void release(StateLock lock) {
    try {
      lock.unlock();
    } catch (StateStoreUnavailableException e) {
      log.warn("Resident lock not released, it expires with its lease");
    }
  }

  private static String key(String appId, String openId) {
    return "conv:session:" + appId + ":" + openId;
  }
}
