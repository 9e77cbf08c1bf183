package com.wuyebot.bot.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A Redis of the cluster test's own, from the embedded-redis dependency, so that it can be
 * stopped and started again on the same port without touching the machine's Redis.
 */
final class ClusterRedis {

  private final int port;
  private RedisServer server;

  private ClusterRedis(int port) {
    this.port = port;
  }

  static ClusterRedis start() {
    try (ServerSocket socket = new ServerSocket(0)) {
      ClusterRedis redis = new ClusterRedis(socket.getLocalPort());
      socket.close();
      redis.restart();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  void restart() {
    try {
      server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the cluster test's Redis on port " + port, e);
    }
  }

  void stop() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
