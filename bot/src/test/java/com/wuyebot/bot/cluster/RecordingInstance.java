package com.wuyebot.bot.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a bot instance behind the balancer: answers every request with what reached it (instance, method,
 * target, body size, the headers a proxy sets) as {@code name: value} lines. {@code /console/events} is a live
 * stream that sends one event and holds the next until {@link #releaseStreams()}.
 */
final class RecordingInstance {

  private static final List<String> HEADERS =
      List.of("Host", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port");
  private static volatile CountDownLatch streamsHeld = new CountDownLatch(1);

  private final String name;
  private final HttpServer server;
  private final List<String> targets = new CopyOnWriteArrayList<>();

  private RecordingInstance(String name, HttpServer server) {
    this.name = name;
    this.server = server;
  }

  static RecordingInstance start(String name) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      RecordingInstance instance = new RecordingInstance(name, server);
      server.createContext("/", instance::handle);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      return instance;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void releaseStreams() {
    streamsHeld.countDown();
  }

  static Map<String, String> parse(String answer) {
    Map<String, String> values = new HashMap<>();
    for (String line : answer.split("\n")) {
      int separator = line.indexOf(": ");
      if (separator > 0) {
        values.put(line.substring(0, separator), line.substring(separator + 2));
      }
    }
    return values;
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<String> targets() {
    return List.copyOf(targets);
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String target = exchange.getRequestURI().toString();
      targets.add(target);
      int bodyBytes = in.readAllBytes().length;
      if (exchange.getRequestURI().getPath().equals("/console/events")) {
        stream(exchange);
        return;
      }
      StringBuilder answer = new StringBuilder()
          .append("instance: ").append(name).append('\n')
          .append("method: ").append(exchange.getRequestMethod()).append('\n')
          .append("target: ").append(target).append('\n')
          .append("body-bytes: ").append(bodyBytes).append('\n');
      for (String header : HEADERS) {
        String value = exchange.getRequestHeaders().getFirst(header);
        answer.append(header.toLowerCase(Locale.ROOT)).append(": ").append(value).append('\n');
      }
      byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      streamsHeld.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
  }
}
