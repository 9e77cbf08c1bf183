package com.wuyebot.integration.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import redis.embedded.RedisServer;

/**
 * The Redis that integration tests use: the machine's own on 127.0.0.1:6379 when one answers
 * (as in CI), otherwise an embedded server started from the Maven dependency on a free port,
 * so the tests also pass where only a JDK is installed.
 */
public final class TestRedis {

  private static String url;

  private TestRedis() {
  }

  public static synchronized String url() {
    if (url == null) {
      url = !forceEmbedded() && isListening("127.0.0.1", 6379) ? "redis://127.0.0.1:6379" : startEmbedded();
    }
    return url;
  }

  private static String startEmbedded() {
    int port = freePort();
    try {
      RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.stop();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start an embedded Redis", e);
    }
    System.out.println("Tests use an embedded Redis on port " + port);
    return "redis://127.0.0.1:" + port;
  }

  /** {@code -Dwuyebot.test.embedded=true} uses embedded servers even where local ones run, to check that path. */
  static boolean forceEmbedded() {
    return Boolean.getBoolean("wuyebot.test.embedded");
  }

  static boolean isListening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
