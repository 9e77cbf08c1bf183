package com.wuyebot.bot.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/bot.jar}, built by {@code mvn package} before the
 * integration tests run) in a process of its own, configured only through the environment as an
 * operator would. Its output goes to {@code target/cluster/<name>.log}.
 */
final class BotProcess {

  private static final Path JAR = Path.of("target", "bot.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Map<String, String> environment;
  private final int port;
  private Process process;

  BotProcess(String name, Map<String, String> environment) {
    this.name = name;
    this.environment = environment;
    this.port = freePort();
  }

  BotProcess start() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the integration tests through mvn verify");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", JAR.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.environment().put("PORT", String.valueOf(port));
    Path log = Path.of("target", "cluster", name + ".log");
    try {
      Files.createDirectories(log.getParent());
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Waits until the instance answers its health endpoint (UP or DOWN: it serves requests). */
  BotProcess awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/cluster/" + name + ".log");
      }
      if (healthStatus() > 0) {
        return this;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new IllegalStateException(name + " not ready within " + timeout + "; see target/cluster/" + name + ".log");
  }

  /** The HTTP status of /actuator/health: 200 all up, 503 something down, 0 not answering. */
  int healthStatus() {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** SIGTERM: the graceful shutdown an orchestrator asks for. */
  void stop() {
    process.destroy();
    awaitExit();
  }

  /** SIGKILL: the instance vanishes mid-work. */
  void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  int port() {
    return port;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private void awaitExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
