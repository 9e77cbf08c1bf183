package com.wuyebot.bot.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: created by an administrator (the secret is returned once and only its SHA-256 is
 * stored), revoked, and checked on every bearer request. A random 256-bit secret needs no slow
 * hash: nobody can guess it, and the hash only keeps a copied table from being a key ring.
 */
@Service
public class ApiTokens {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
  static final String PREFIX = "wyb_";
  /** last_used_at is precise to this; a busy integration does not write on every call. */
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(ApiTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new token and, once, its secret. */
  public record Created(ApiToken token, String secret) {
  }

  @Transactional
  public Created create(String name, String by) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token = tokens.save(new ApiToken(name, hash(secret), by, clock.instant()));
    log.info("API token {} created by {}", token.id(), by);
    return new Created(token, secret);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> list() {
    return tokens.findAllByOrderById();
  }

  @Transactional(readOnly = true)
  public ApiToken get(long id) {
    return tokens.findById(id).orElseThrow(() -> new ApiTokenNotFoundException(id));
  }

  @Transactional
  public ApiToken revoke(long id, String by) {
    ApiToken token = get(id);
    token.revoke(clock.instant());
    log.info("API token {} revoked by {}", id, by);
    return token;
  }

  /** The live token with this secret, noting that it was used; empty for an unknown or revoked one. */
  Optional<ApiToken> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> token = tokens.findByTokenHashAndRevokedAtIsNull(hash(secret));
    token.ifPresent(t -> {
      Instant now = clock.instant();
      Instant before = now.minus(TOUCH_INTERVAL);
      // the row just read tells whether the update could change anything; most calls need no write at all
      if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(before)) {
        tokens.touch(t.id(), now, before);
      }
    });
    return token;
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
