package com.wuyebot.integration.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens per PROTOCOL.md §5.1–5.2 and §10: {@code /token} issues a new token per call and keeps the previous
 * one for an overlap; {@code /stable_token} returns the same token until expiry, and {@code force_refresh} rotates
 * it at once, at most 20 times a day and 30 s apart. Synchronized: WxJava may refresh from several threads.
 */
final class FakeTokens {

  private final Clock clock;
  private final Map<String, String> secrets = new HashMap<>();
  private final Map<String, Grant> grants = new HashMap<>();
  private final Map<String, Grant> currentStable = new HashMap<>();
  private final Map<String, Grant> currentPlain = new HashMap<>();
  private final Map<String, Integer> fetches = new HashMap<>();
  private final Map<String, List<Instant>> forcedRefreshes = new HashMap<>();
  private Duration lifetime = Duration.ofSeconds(7200);
  private Duration overlap = Duration.ofMinutes(5);
  private Duration forceRefreshMinInterval = Duration.ofSeconds(30);
  private int forceRefreshesPerDay = 20;

  FakeTokens(Clock clock) {
    this.clock = clock;
  }

  private static final class Grant {
    final String token;
    final String appId;
    Instant expiresAt;
    Instant revokedAt;

    Grant(String token, String appId, Instant expiresAt) {
      this.token = token;
      this.appId = appId;
      this.expiresAt = expiresAt;
    }
  }

  /** What an API call needs: the app behind a valid token. */
  record Issued(String token, long expiresIn) {
  }

  synchronized void registerApp(String appId, String secret) {
    secrets.put(appId, secret);
  }

  synchronized void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  synchronized void overlap(Duration overlap) {
    this.overlap = overlap;
  }

  synchronized void forceRefreshLimits(Duration minInterval, int perDay) {
    this.forceRefreshMinInterval = minInterval;
    this.forceRefreshesPerDay = perDay;
  }

  synchronized Issued plainToken(String appId, String secret) {
    authenticate(appId, secret, 40001);
    count(appId);
    Instant now = clock.instant();
    Grant previous = currentPlain.get(appId);
    if (previous != null && previous.revokedAt == null) {
      previous.revokedAt = now.plus(overlap);
    }
    Grant fresh = issue(appId, now);
    currentPlain.put(appId, fresh);
    return new Issued(fresh.token, lifetime.toSeconds());
  }

  synchronized Issued stableToken(String appId, String secret, boolean forceRefresh) {
    authenticate(appId, secret, 40125);
    count(appId);
    Instant now = clock.instant();
    Grant current = currentStable.get(appId);
    if (forceRefresh) {
      checkForceRefreshAllowed(appId, now);
      if (current != null) {
        current.revokedAt = now;
      }
    } else if (current != null && usable(current, now)) {
      return new Issued(current.token, Duration.between(now, current.expiresAt).toSeconds());
    }
    Grant fresh = issue(appId, now);
    currentStable.put(appId, fresh);
    return new Issued(fresh.token, lifetime.toSeconds());
  }

  /** Returns the appid behind a usable token, or throws the error WeChat answers. */
  synchronized String check(String token) {
    if (token == null || token.isEmpty()) {
      throw new FakeApiError(41001);
    }
    Grant grant = grants.get(token);
    Instant now = clock.instant();
    if (grant == null || (grant.revokedAt != null && !now.isBefore(grant.revokedAt))) {
      throw new FakeApiError(40001);
    }
    if (!now.isBefore(grant.expiresAt)) {
      throw new FakeApiError(42001);
    }
    return grant.appId;
  }

  synchronized int fetches(String appId) {
    return fetches.getOrDefault(appId, 0);
  }

  synchronized String currentStableToken(String appId) {
    Grant grant = currentStable.get(appId);
    return grant == null ? null : grant.token;
  }

  synchronized void invalidateAll(String appId) {
    Instant now = clock.instant();
    grants.values().stream().filter(g -> g.appId.equals(appId)).forEach(g -> g.revokedAt = now);
  }

  synchronized void expireAll(String appId) {
    Instant now = clock.instant();
    grants.values().stream().filter(g -> g.appId.equals(appId)).forEach(g -> g.expiresAt = now);
  }

  private void authenticate(String appId, String secret, int wrongSecretCode) {
    String known = secrets.get(appId);
    if (known == null) {
      throw new FakeApiError(40013);
    }
    if (!known.equals(secret)) {
      throw new FakeApiError(wrongSecretCode);
    }
  }

  private void checkForceRefreshAllowed(String appId, Instant now) {
    List<Instant> today = forcedRefreshes.computeIfAbsent(appId, k -> new ArrayList<>());
    today.removeIf(at -> at.isBefore(now.minus(Duration.ofDays(1))));
    if (!today.isEmpty() && now.isBefore(today.get(today.size() - 1).plus(forceRefreshMinInterval))) {
      throw new FakeApiError(45009, "force_refresh called again within " + forceRefreshMinInterval.toSeconds() + " s");
    }
    if (today.size() >= forceRefreshesPerDay) {
      throw new FakeApiError(45009);
    }
    today.add(now);
  }

  private static boolean usable(Grant grant, Instant now) {
    return grant.revokedAt == null && now.isBefore(grant.expiresAt);
  }

  private Grant issue(String appId, Instant now) {
    String token = "FAKE_" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    Grant grant = new Grant(token, appId, now.plus(lifetime));
    grants.put(token, grant);
    return grant;
  }

  private void count(String appId) {
    fetches.merge(appId, 1, Integer::sum);
  }
}
