package com.wuyebot.bot.escalation;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open console pages of this instance as Server-Sent Event streams. Events from the broadcast
 * are written by one thread, so a slow browser never holds up a resident's message; a comment
 * every 20 seconds finds dead connections and keeps proxies from closing live ones. A new stream
 * starts with a comment: Spring sends the response headers only with the first write, and until
 * then the browser cannot tell a live stream from a hanging request.
 */
@Component
public class InboxStream {

  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

  private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "console-sse");
    thread.setDaemon(true);
    return thread;
  });
  private final InboxBroadcast broadcast;

  InboxStream(InboxBroadcast broadcast) {
    this.broadcast = broadcast;
    broadcast.subscribe(event -> writer.execute(() -> sendToAll(SseEmitter.event().name(event).data(event))));
    writer.scheduleWithFixedDelay(() -> sendToAll(SseEmitter.event().comment("keep-alive")), 20, 20, TimeUnit.SECONDS);
  }

  /** A new stream for one console page. */
  public SseEmitter open() {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    try {
      emitter.send(SseEmitter.event().comment("open"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    emitters.add(emitter);
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    return emitter;
  }

  /** Tells every console, on every instance, that the queue changed. */
  void inboxChanged() {
    broadcast.publish("inbox");
  }

  void conversationChanged(long escalationId) {
    broadcast.publish("conversation-" + escalationId);
    broadcast.publish("inbox");
  }

  int openStreams() {
    return emitters.size();
  }

  private void sendToAll(SseEmitter.SseEventBuilder event) {
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(event);
      } catch (IOException | IllegalStateException e) {
        emitters.remove(emitter);
        emitter.completeWithError(e);
      }
    }
  }

  @PreDestroy
  void stop() {
    writer.shutdownNow();
    emitters.forEach(SseEmitter::complete);
    broadcast.close();
  }
}
