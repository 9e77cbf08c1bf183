package com.wuyebot.integration.wechat.inbound;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes each message processed once across retries and instances, and answered in time.
 *
 * <p>The first delivery claims the message's key (PENDING, with the time of the claim) and runs
 * the handler. If the answer is ready within the reply timeout it is stored under the key (REPLY)
 * and returned; otherwise the key moves to LATE, WeChat gets {@code success}, and the answer goes
 * out as a customer-service message. A retry never runs the handler while the first delivery is
 * alive: it waits and returns the same reply, or {@code success} when the answer goes out late.
 * Both sides move the key with compare-and-set, so exactly one of "passive reply" and "late send"
 * happens.
 *
 * <p>A live owner always leaves PENDING within the reply timeout. A claim still PENDING well after
 * that belongs to an instance that died mid-message, and the retry takes it over, so a crash does
 * not lose the resident's message. LATE keeps the time of the owner's claim: when a retry had to
 * answer {@code success} (so WeChat sends no more retries) and the owner then dies, the late answer
 * would be lost, so the retry's instance watches the key and, if the owner has not finished after
 * {@value #LATE_OWNER_TIMEOUTS} reply timeouts, takes the message over and sends the answer itself.
 * An owner whose message was taken over sends nothing.
 */
final class ReplyCoordinator {

  private static final Logger log = LoggerFactory.getLogger(ReplyCoordinator.class);
  private static final String PENDING = "P:";
  private static final String LATE = "L:";
  private static final String NO_REPLY = "N";
  private static final long POLL_MILLIS = 25;
  /** How long past the reply timeout a claim may stay PENDING before its owner counts as dead. */
  private static final Duration OWNER_GRACE = Duration.ofSeconds(2);
  /** How many reply timeouts after its claim a LATE owner may still be working before it counts as dead. */
  static final int LATE_OWNER_TIMEOUTS = 5;

  /** How a message ended up being answered. */
  sealed interface Answer {
    /** A reply for the HTTP response; {@code outcome} tells a first answer from a retry's repeat. */
    record Passive(Reply reply, WebhookObserver.Outcome outcome) implements Answer {
    }

    /** Nothing to put in the HTTP response. */
    record Acknowledge(WebhookObserver.Outcome outcome) implements Answer {
    }
  }

  private final StateStore store;
  private final IncomingMessageHandler handler;
  private final LateReplySender lateSender;
  private final Executor executor;
  private final WebhookSettings settings;
  private final WebhookObserver observer;
  private final Clock clock;

  ReplyCoordinator(StateStore store, IncomingMessageHandler handler, LateReplySender lateSender,
      Executor executor, WebhookSettings settings, WebhookObserver observer, Clock clock) {
    this.store = store;
    this.handler = handler;
    this.lateSender = lateSender;
    this.executor = executor;
    this.settings = settings;
    this.observer = observer;
    this.clock = clock;
  }

  Answer answer(InboundMessage message) {
    String key = "wx:dedup:" + message.dedupKey();
    String claim = newClaim();
    boolean first;
    try {
      first = store.setIfAbsent(key, claim, settings.dedupTtl());
    } catch (StateStoreUnavailableException e) {
      observer.dedupUnavailable();
      log.warn("State store unavailable, processing a push without dedup: {}", e.getMessage());
      return answerWithoutDedup(message);
    }
    return first ? process(key, claim, message) : awaitFirstDelivery(key, message);
  }

  private Answer process(String key, String claim, InboundMessage message) {
    CompletableFuture<Reply> work = CompletableFuture.supplyAsync(() -> handler.handle(message), executor);
    Reply reply;
    try {
      reply = work.get(settings.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return handOverLate(key, claim, message, work);
    } catch (ExecutionException e) {
      log.error("Message handler failed; the push is acknowledged without a reply", e.getCause());
      compareAndSet(key, claim, NO_REPLY);
      return new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return handOverLate(key, claim, message, work);
    }
    if (reply instanceof Reply.None) {
      compareAndSet(key, claim, NO_REPLY);
      return new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY);
    }
    if (compareAndSet(key, claim, StoredReply.encode(reply))) {
      return new Answer.Passive(reply, WebhookObserver.Outcome.PASSIVE_REPLY);
    }
    // a retry gave up waiting and told WeChat `success`: this answer must go out late
    finishLate(key, lateOf(claim), message, reply);
    return new Answer.Acknowledge(WebhookObserver.Outcome.LATE_REPLY);
  }

  private Answer handOverLate(String key, String claim, InboundMessage message, CompletableFuture<Reply> work) {
    String late = lateOf(claim);
    if (!compareAndSet(key, claim, late)) {
      Optional<Reply> stored = read(key).flatMap(StoredReply::decode);
      if (stored.isPresent()) {
        return new Answer.Passive(stored.get(), WebhookObserver.Outcome.PASSIVE_REPLY);
      }
    }
    work.whenComplete((reply, failure) -> {
      if (failure != null) {
        log.error("Message handler failed after the reply timeout; nothing was sent", failure);
      } else {
        finishLate(key, late, message, reply);
      }
    });
    return new Answer.Acknowledge(WebhookObserver.Outcome.LATE_REPLY);
  }

  /** Sends a late answer unless another instance took the message over meanwhile and answers it. */
  private void finishLate(String key, String late, InboundMessage message, Reply reply) {
    if (compareAndSet(key, late, NO_REPLY)) {
      sendLate(message, reply);
    } else {
      log.info("A message taken over by another delivery is answered there, not here");
    }
  }

  /** After a retry said {@code success}: if the owner never finishes, this instance answers instead. */
  private void watchLateOwner(String key, String late, InboundMessage message) {
    long due = claimedAt(late, LATE) + LATE_OWNER_TIMEOUTS * settings.replyTimeout().toMillis();
    Executor afterDue = CompletableFuture.delayedExecutor(Math.max(0, due - clock.millis()), TimeUnit.MILLISECONDS, executor);
    CompletableFuture.runAsync(() -> takeOverLate(key, late, message), afterDue).exceptionally(failure -> {
      log.error("A message whose first delivery died could not be answered", failure);
      return null;
    });
  }

  private void takeOverLate(String key, String late, InboundMessage message) {
    String takeover = newClaim();
    if (!read(key).filter(late::equals).isPresent() || !compareAndSet(key, late, takeover)) {
      return;
    }
    log.warn("Took over a late message whose first delivery died before answering");
    Reply reply = handler.handle(message);
    if (compareAndSet(key, takeover, NO_REPLY)) {
      sendLate(message, reply);
    }
  }

  private Answer awaitFirstDelivery(String key, InboundMessage message) {
    long deadline = System.nanoTime() + settings.replyTimeout().toNanos();
    while (true) {
      Optional<String> state = read(key);
      if (state.isPresent() && state.get().startsWith(LATE) && lateOwnerIsGone(state.get())) {
        String takeover = newClaim();
        if (compareAndSet(key, state.get(), takeover)) {
          log.warn("Took over a late message whose first delivery died before answering");
          return process(key, takeover, message);
        }
        continue;
      }
      if (state.isEmpty() || !state.get().startsWith(PENDING)) {
        return state.flatMap(StoredReply::decode)
            .<Answer>map(reply -> new Answer.Passive(reply, WebhookObserver.Outcome.DUPLICATE))
            .orElse(new Answer.Acknowledge(WebhookObserver.Outcome.DUPLICATE));
      }
      String claim = state.get();
      if (ownerIsGone(claim)) {
        String takeover = newClaim();
        if (compareAndSet(key, claim, takeover)) {
          log.warn("Took over a message whose first delivery was abandoned mid-processing");
          return process(key, takeover, message);
        }
        continue;
      }
      if (System.nanoTime() >= deadline) {
        String late = lateOf(claim);
        if (compareAndSet(key, claim, late)) {
          watchLateOwner(key, late, message);
          return new Answer.Acknowledge(WebhookObserver.Outcome.DUPLICATE);
        }
        continue;
      }
      sleep();
    }
  }

  private Answer answerWithoutDedup(InboundMessage message) {
    CompletableFuture<Reply> work = CompletableFuture.supplyAsync(() -> handler.handle(message), executor);
    try {
      Reply reply = work.get(settings.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return reply instanceof Reply.None
          ? new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY)
          : new Answer.Passive(reply, WebhookObserver.Outcome.PASSIVE_REPLY);
    } catch (TimeoutException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      work.thenAccept(reply -> sendLate(message, reply));
      return new Answer.Acknowledge(WebhookObserver.Outcome.LATE_REPLY);
    } catch (ExecutionException e) {
      log.error("Message handler failed; the push is acknowledged without a reply", e.getCause());
      return new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY);
    }
  }

  private String newClaim() {
    return PENDING + clock.millis();
  }

  private static String lateOf(String claim) {
    return LATE + claim.substring(PENDING.length());
  }

  private boolean ownerIsGone(String claim) {
    return clock.millis() - claimedAt(claim, PENDING) > settings.replyTimeout().plus(OWNER_GRACE).toMillis();
  }

  private boolean lateOwnerIsGone(String late) {
    return clock.millis() - claimedAt(late, LATE) > LATE_OWNER_TIMEOUTS * settings.replyTimeout().toMillis();
  }

  /** The time in a PENDING or LATE value; far in the future when unreadable, so nobody takes it over. */
  private static long claimedAt(String state, String prefix) {
    try {
      return Long.parseLong(state.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  private void sendLate(InboundMessage message, Reply reply) {
    if (reply instanceof Reply.None) {
      return;
    }
    try {
      lateSender.send(message.appId(), message.openId(), reply);
    } catch (RuntimeException e) {
      log.error("Could not send a late reply: {}", e.toString());
    }
  }

  private boolean compareAndSet(String key, String expected, String value) {
    try {
      return store.compareAndSet(key, expected, value, settings.dedupTtl());
    } catch (StateStoreUnavailableException e) {
      observer.dedupUnavailable();
      // without the store nobody else can take over: answer here
      return true;
    }
  }

  private Optional<String> read(String key) {
    try {
      return store.get(key);
    } catch (StateStoreUnavailableException e) {
      observer.dedupUnavailable();
      return Optional.empty();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
