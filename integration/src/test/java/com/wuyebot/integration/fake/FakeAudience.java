package com.wuyebot.integration.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Followers and customer-service windows (PROTOCOL.md §5.3): a message opens 5 sends for 48 h,
 * a click, follow or scan opens 3 sends for 1 minute. Synchronized for concurrent sends.
 */
final class FakeAudience {

  enum Status { FOLLOWING, UNFOLLOWED }

  record Follower(String openid, Status status, Instant subscribedAt) {
  }

  private static final class Window {
    final Instant until;
    int remaining;

    Window(Instant until, int remaining) {
      this.until = until;
      this.remaining = remaining;
    }
  }

  private final Clock clock;
  private final Map<String, Follower> followers = new HashMap<>();
  private final Map<String, Window> windows = new HashMap<>();
  private int messageWindowSends = 5;

  FakeAudience(Clock clock) {
    this.clock = clock;
  }

  synchronized void messageWindowSends(int sends) {
    this.messageWindowSends = sends;
  }

  synchronized void follow(String openid) {
    Follower known = followers.get(openid);
    if (known == null || known.status() != Status.FOLLOWING) {
      followers.put(openid, new Follower(openid, Status.FOLLOWING, clock.instant()));
    }
  }

  synchronized void unfollow(String openid) {
    Follower known = followers.get(openid);
    followers.put(openid, new Follower(openid, Status.UNFOLLOWED, known == null ? clock.instant() : known.subscribedAt()));
    windows.remove(openid);
  }

  synchronized Follower follower(String openid) {
    return followers.get(openid);
  }

  synchronized void openMessageWindow(String openid) {
    windows.put(openid, new Window(clock.instant().plus(Duration.ofHours(48)), messageWindowSends));
  }

  synchronized void openShortWindow(String openid) {
    Window current = windows.get(openid);
    Instant now = clock.instant();
    // A short window must not cut a 48 h window that is still open.
    if (current == null || !now.isBefore(current.until) || current.until.isBefore(now.plus(Duration.ofMinutes(1)))) {
      windows.put(openid, new Window(now.plus(Duration.ofMinutes(1)), 3));
    }
  }

  /** Takes one send from the window or throws 43004 / 45015 / 45047. */
  synchronized void takeSend(String openid) {
    Follower follower = followers.get(openid);
    if (follower == null) {
      throw new FakeApiError(43004);
    }
    Window window = windows.get(openid);
    if (follower.status() == Status.UNFOLLOWED || window == null || !clock.instant().isBefore(window.until)) {
      throw new FakeApiError(45015);
    }
    if (window.remaining <= 0) {
      throw new FakeApiError(45047);
    }
    window.remaining--;
  }
}
