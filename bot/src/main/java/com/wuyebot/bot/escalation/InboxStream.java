package com.wuyebot.bot.escalation;

import com.wuyebot.bot.console.AgentActivity;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
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

  /** Each open stream and the console user watching it. */
  private final Map<SseEmitter, String> emitters = new ConcurrentHashMap<>();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "console-sse");
    thread.setDaemon(true);
    return thread;
  });
  private final InboxBroadcast broadcast;
  private final AgentActivity activity;

  InboxStream(InboxBroadcast broadcast, AgentActivity activity) {
    this.broadcast = broadcast;
    this.activity = activity;
    broadcast.subscribe(event -> writer.execute(() -> sendToAll(SseEmitter.event().name(event).data(event))));
    writer.scheduleWithFixedDelay(this::keepAlive, 20, 20, TimeUnit.SECONDS);
  }

  /** A new stream for one console page of {@code username}. */
  public SseEmitter open(String username) {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    try {
      emitter.send(SseEmitter.event().comment("open"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    emitters.put(emitter, username);
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

  /** Finds dead connections, keeps proxies from closing live ones, and tells who still has a page open. */
  private void keepAlive() {
    sendToAll(SseEmitter.event().comment("keep-alive"));
    Set.copyOf(emitters.values()).forEach(activity::seen);
  }

  @EventListener
  void on(AgentActivity.AgentsWentOffline offline) {
    inboxChanged();
  }

  private void sendToAll(SseEmitter.SseEventBuilder event) {
    for (SseEmitter emitter : emitters.keySet()) {
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
    emitters.keySet().forEach(SseEmitter::complete);
    broadcast.close();
  }
}
