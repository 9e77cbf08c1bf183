package com.wuyebot.bot.console;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for one client address after repeated wrong passwords. Counted in the shared
 * state store, so a guesser gains nothing by hitting another instance. When the store is down the
 * throttle lets attempts through (BCrypt still slows them) rather than locking every agent out.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final String FAILURES = "console:login-failures:";
  private static final String LOCKED = "console:login-locked:";

  private final StateStore store;
  private final ConsoleProperties properties;

  LoginThrottle(StateStore store, ConsoleProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  boolean isLocked(String username, String address) {
    try {
      return store.get(LOCKED + key(username, address)).isPresent();
    } catch (StateStoreUnavailableException e) {
      log.warn("Login throttle not checked: state store unavailable");
      return false;
    }
  }

  /** Counts a wrong password; true when this failure locks the pair. */
  boolean failed(String username, String address) {
    String key = key(username, address);
    try {
      long failures = store.increment(FAILURES + key, properties.loginFailureWindow());
      if (failures >= properties.loginMaxFailures()) {
        store.set(LOCKED + key, "1", properties.loginLockout());
        store.delete(FAILURES + key);
        log.warn("Console login of user {} from {} locked for {} after {} failures", safe(username), address,
            properties.loginLockout(), failures);
        return true;
      }
      return false;
    } catch (StateStoreUnavailableException e) {
      log.warn("Login failure not counted: state store unavailable");
      return false;
    }
  }

  void succeeded(String username, String address) {
    try {
      store.delete(FAILURES + key(username, address));
    } catch (StateStoreUnavailableException e) {
      log.debug("Login failures not reset: state store unavailable");
    }
  }

  /** A digest keeps arbitrary typed user names (and their length) out of the store's keys. */
  private static String key(String username, String address) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(
          (String.valueOf(username).strip().toLowerCase(Locale.ROOT) + "|" + address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** User names are typed by anyone at the login page: only a plain, short one goes to the log. */
  private static String safe(String username) {
    return username != null && username.matches("[A-Za-z0-9._-]{1,64}") ? username : "(unusual name)";
  }
}
