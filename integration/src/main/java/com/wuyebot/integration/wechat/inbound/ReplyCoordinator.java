package com.wuyebot.integration.wechat.inbound;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
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
 * <p>The first delivery claims the message's key (PENDING) and runs the handler. If the answer
 * is ready within the reply timeout it is stored under the key (REPLY) and returned; otherwise the
 * key moves to LATE, WeChat gets {@code success}, and the answer goes out as a customer-service
 * message. A retry never runs the handler: it waits for the first delivery and returns the same
 * reply, or {@code success} when the answer goes out late. Both sides move the key with
 * compare-and-set, so exactly one of "passive reply" and "late send" happens.
 */
final class ReplyCoordinator {

  private static final Logger log = LoggerFactory.getLogger(ReplyCoordinator.class);
  private static final String PENDING = "P";
  private static final String LATE = "L";
  private static final String NO_REPLY = "N";
  private static final long POLL_MILLIS = 25;

  /** How a message ended up being answered. */
  sealed interface Answer {
    /** A reply for the HTTP response; {@code outcome} tells a first answer from a retry's repeat. */
    record Passive(Reply reply, WebhookObserver.Outcome outcome) implements Answer {
    }

    /** Nothing to put in the HTTP response; {@code duplicate} when another delivery owns it. */
    record Acknowledge(WebhookObserver.Outcome outcome) implements Answer {
    }
  }

  private final StateStore store;
  private final IncomingMessageHandler handler;
  private final LateReplySender lateSender;
  private final Executor executor;
  private final WebhookSettings settings;
  private final WebhookObserver observer;

  ReplyCoordinator(StateStore store, IncomingMessageHandler handler, LateReplySender lateSender,
      Executor executor, WebhookSettings settings, WebhookObserver observer) {
    this.store = store;
    this.handler = handler;
    this.lateSender = lateSender;
    this.executor = executor;
    this.settings = settings;
    this.observer = observer;
  }

  Answer answer(InboundMessage message) {
    String key = "wx:dedup:" + message.dedupKey();
    boolean first;
    try {
      first = store.setIfAbsent(key, PENDING, settings.dedupTtl());
    } catch (StateStoreUnavailableException e) {
      observer.dedupUnavailable();
      log.warn("State store unavailable, processing a push without dedup: {}", e.getMessage());
      return answerWithoutDedup(message);
    }
    return first ? process(key, message) : awaitFirstDelivery(key);
  }

  private Answer process(String key, InboundMessage message) {
    CompletableFuture<Reply> work = CompletableFuture.supplyAsync(() -> handler.handle(message), executor);
    Reply reply;
    try {
      reply = work.get(settings.replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return handOverLate(key, message, work);
    } catch (ExecutionException e) {
      log.error("Message handler failed; the push is acknowledged without a reply", e.getCause());
      settle(key, NO_REPLY);
      return new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return handOverLate(key, message, work);
    }
    if (reply instanceof Reply.None) {
      settle(key, NO_REPLY);
      return new Answer.Acknowledge(WebhookObserver.Outcome.NO_REPLY);
    }
    if (settle(key, StoredReply.encode(reply))) {
      return new Answer.Passive(reply, WebhookObserver.Outcome.PASSIVE_REPLY);
    }
    // a retry gave up waiting and told WeChat `success`: this answer must go out late
    sendLate(message, reply);
    return new Answer.Acknowledge(WebhookObserver.Outcome.LATE_REPLY);
  }

  private Answer handOverLate(String key, InboundMessage message, CompletableFuture<Reply> work) {
    if (!compareAndSet(key, PENDING, LATE)) {
      Optional<Reply> stored = storedReply(key);
      if (stored.isPresent()) {
        return new Answer.Passive(stored.get(), WebhookObserver.Outcome.PASSIVE_REPLY);
      }
    }
    work.whenComplete((reply, failure) -> {
      if (failure != null) {
        log.error("Message handler failed after the reply timeout; nothing was sent", failure);
      } else {
        sendLate(message, reply);
      }
    });
    return new Answer.Acknowledge(WebhookObserver.Outcome.LATE_REPLY);
  }

  private Answer awaitFirstDelivery(String key) {
    long deadline = System.nanoTime() + settings.replyTimeout().toNanos();
    while (true) {
      Optional<String> state = read(key);
      if (state.isEmpty() || !state.get().equals(PENDING)) {
        return state.flatMap(StoredReply::decode)
            .<Answer>map(reply -> new Answer.Passive(reply, WebhookObserver.Outcome.DUPLICATE))
            .orElse(new Answer.Acknowledge(WebhookObserver.Outcome.DUPLICATE));
      }
      if (System.nanoTime() >= deadline) {
        if (compareAndSet(key, PENDING, LATE)) {
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

  /** Moves PENDING to a final state; false when a retry already moved it to LATE. */
  private boolean settle(String key, String value) {
    return compareAndSet(key, PENDING, value);
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

  private Optional<Reply> storedReply(String key) {
    return read(key).flatMap(StoredReply::decode);
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
