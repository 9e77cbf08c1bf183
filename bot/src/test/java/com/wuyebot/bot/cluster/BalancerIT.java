package com.wuyebot.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The balancer of docker-compose.yml, {@code deploy/nginx.conf}, run by a real nginx in front of two instances that
 * report what reached them. Only the upstream addresses and the listening port are changed, so a mistake in the
 * shipped file (once every request arrived with {@code Host: bot_any}, which Tomcat refuses with 400) fails here.
 * Needs the nginx binary ({@code .ci/run} installs Debian's package).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BalancerIT {

  private static final Path CONFIG = Path.of("..", "deploy", "nginx.conf");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static RecordingInstance bot1;
  private static RecordingInstance bot2;
  private static Process nginx;
  private static int port;
  private static Path directory;

  @BeforeAll
  static void startBalancer() throws Exception {
    bot1 = RecordingInstance.start("bot1");
    bot2 = RecordingInstance.start("bot2");
    port = freePort();
    directory = Files.createDirectories(Path.of("target", "balancer").toAbsolutePath());
    String site = Files.readString(CONFIG)
        .replace("server bot1:8080", "server 127.0.0.1:" + bot1.port())
        .replace("server bot2:8080", "server 127.0.0.1:" + bot2.port())
        .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
    assertThat(site).as("the upstreams and port of deploy/nginx.conf were found and replaced")
        .doesNotContain("bot1:8080", "bot2:8080", "listen 80;");
    Files.writeString(directory.resolve("site.conf"), site);
    Files.writeString(directory.resolve("nginx.conf"), """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events { worker_connections 256; }
        http {
          access_log %1$s/access.log;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          include %1$s/site.conf;
        }
        """.formatted(directory));
    nginx = new ProcessBuilder(nginxBinary(), "-p", directory.toString(), "-e", directory.resolve("error.log").toString(),
        "-c", directory.resolve("nginx.conf").toString())
        .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
    awaitListening();
  }

  @AfterAll
  static void stopBalancer() throws InterruptedException {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    if (bot1 != null) {
      bot1.stop();
    }
    if (bot2 != null) {
      bot2.stop();
    }
  }

  @Test
  @Order(1)
  void aWebhookPostReachesAnInstanceUnchangedWithTheClientsHostAndForwardedHeaders() throws Exception {
    String query = "/wx/portal/wx1234567890abcdef?signature=abc&timestamp=1700000000&nonce=42&encrypt_type=aes&msg_signature=def";
    String body = "<xml><Encrypt><![CDATA[" + "密".repeat(300) + "]]></Encrypt></xml>";
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(query)).POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> seen = RecordingInstance.parse(response.body());
    assertThat(seen.get("target")).isEqualTo(query);
    assertThat(seen.get("method")).isEqualTo("POST");
    assertThat(seen.get("body-bytes")).isEqualTo(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
    assertThat(seen.get("host")).isEqualTo("127.0.0.1");
    assertThat(seen.get("x-forwarded-for")).isEqualTo("127.0.0.1");
    assertThat(seen.get("x-forwarded-proto")).isEqualTo("http");
    assertThat(seen.get("x-forwarded-host")).isEqualTo("127.0.0.1");
    assertThat(seen.get("x-forwarded-port")).isEqualTo(String.valueOf(port));
  }

  @Test
  @Order(2)
  void webhookRequestsAreSpreadOverBothInstances() throws Exception {
    Set<String> instances = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      instances.add(RecordingInstance.parse(send(HttpRequest.newBuilder(uri("/wx/portal/wx1?echostr=" + i))).body())
          .get("instance"));
    }
    assertThat(instances).containsExactlyInAnyOrder("bot1", "bot2");
  }

  @Test
  @Order(3)
  void aConsoleClientStaysOnOneInstance() throws Exception {
    Set<String> instances = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      instances.add(RecordingInstance.parse(send(HttpRequest.newBuilder(uri("/console/inbox?i=" + i))).body())
          .get("instance"));
    }
    assertThat(instances).hasSize(1);
  }

  @Test
  @Order(4)
  void liveConsoleEventsPassThroughUnbuffered() throws Exception {
    HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(uri("/console/events")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      // the instance holds the stream open after its first event; a buffering proxy would hold that event back too
      assertThat(lines.readLine()).isEqualTo("data: first");
      RecordingInstance.releaseStreams();
      assertThat(lines.readLine()).isEmpty();
      assertThat(lines.readLine()).isEqualTo("data: second");
    }
  }

  @Test
  @Order(5)
  void actuatorAndOversizedBodiesStopAtTheBalancer() throws Exception {
    assertThat(send(HttpRequest.newBuilder(uri("/actuator/health"))).statusCode()).isEqualTo(404);
    assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))).statusCode()).isEqualTo(404);
    byte[] twoMegabytes = new byte[2 * 1024 * 1024];
    assertThat(send(HttpRequest.newBuilder(uri("/wx/portal/wx1?signature=a"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(twoMegabytes))).statusCode()).isEqualTo(413);
    assertThat(bot1.targets()).noneMatch(target -> target.startsWith("/actuator"));
    assertThat(bot2.targets()).noneMatch(target -> target.startsWith("/actuator"));
  }

  @Test
  @Order(6)
  void whenOneInstanceIsDownEveryWebhookRequestIsAnsweredByTheOther() throws Exception {
    bot1.stop();
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/wx/portal/wx1?signature=s&nonce=" + i))
          .POST(HttpRequest.BodyPublishers.ofString("<xml/>")));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(RecordingInstance.parse(response.body()).get("instance")).isEqualTo("bot2");
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  private static String nginxBinary() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("nginx is not installed: BalancerIT runs deploy/nginx.conf in a real nginx "
        + "(apt-get install nginx; .ci/run does this)");
  }

  private static void awaitListening() throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (!nginx.isAlive()) {
        throw new IllegalStateException("nginx exited with " + nginx.exitValue() + ": "
            + Files.readString(directory.resolve("nginx.out")) + readIfExists(directory.resolve("error.log")));
      }
      try {
        if (send(HttpRequest.newBuilder(uri("/nginx-health"))).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("nginx did not start listening: " + readIfExists(directory.resolve("error.log")));
  }

  private static String readIfExists(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
