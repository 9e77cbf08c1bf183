package com.wuyebot.bot.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A local stand-in for WeCom's group-robot webhook ({@code /cgi-bin/webhook/send?key=…}): it checks
 * the key and the JSON as WeCom does, records each text per key, and can be told to fail.
 */
public final class FakeWecomRobot implements AutoCloseable {

  public record Posted(String key, String content) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Posted> posted = new ArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failureErrcode;

  public FakeWecomRobot() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind the fake WeCom robot", e);
    }
    server.createContext("/cgi-bin/webhook/send", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The webhook of one group robot. */
  public String webhook(String key) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + key;
  }

  /** The next {@code times} posts answer this errcode (e.g. 93000 invalid webhook, 45009 rate limit). */
  public FakeWecomRobot failNext(int times, int errcode) {
    failureErrcode = errcode;
    failures.set(times);
    return this;
  }

  public List<String> textsTo(String key) {
    synchronized (posted) {
      return posted.stream().filter(p -> p.key().equals(key)).map(Posted::content).toList();
    }
  }

  /** Waits until the group got {@code count} texts, and returns them. */
  public List<String> awaitTexts(String key, int count, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (textsTo(key).size() < count && Instant.now().isBefore(end)) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return textsTo(key);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    String key = query != null && query.startsWith("key=") ? query.substring(4) : null;
    if (!"POST".equals(exchange.getRequestMethod()) || key == null || key.isBlank()) {
      answer(exchange, 93000, "invalid webhook url");
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    } catch (RuntimeException e) {
      answer(exchange, 40035, "invalid json");
      return;
    }
    String content = body.path("text").path("content").asString(null);
    if (!"text".equals(body.path("msgtype").asString(null)) || content == null) {
      answer(exchange, 40008, "invalid message type");
      return;
    }
    if (content.getBytes(StandardCharsets.UTF_8).length > 2048) {
      answer(exchange, 40058, "content exceed max length");
      return;
    }
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, failureErrcode, "failure asked for by the test");
      return;
    }
    synchronized (posted) {
      posted.add(new Posted(key, content));
    }
    answer(exchange, 0, "ok");
  }

  private static void answer(HttpExchange exchange, int errcode, String errmsg) throws IOException {
    byte[] bytes = ("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
