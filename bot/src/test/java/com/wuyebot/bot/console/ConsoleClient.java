package com.wuyebot.bot.console;

import com.wuyebot.bot.testsupport.AdminApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client of the console: its own cookies, the CSRF token of the last page, no redirects followed. */
public final class ConsoleClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"");
  public static final String PASSWORD = "agent-password-1";

  public record Page(int status, String body, String location) {
  }

  private final int port;
  private final HttpClient http;
  private String csrf;

  public ConsoleClient(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A new console user with the role, created through the administration API; returns its name. */
  public static String newUser(int port, ConsoleRole role) {
    String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    new AdminApi(port).created("/api/console-users", """
        {"username":"%s","displayName":"%s","password":"%s","role":"%s","capacity":3}"""
        .formatted(username, "测试" + username.substring(username.length() - 4), PASSWORD, role));
    return username;
  }

  public static ConsoleClient signedIn(int port, String username) {
    ConsoleClient client = new ConsoleClient(port);
    Page result = client.login(username, PASSWORD);
    if (result.location() == null || result.location().contains("error") || result.location().contains("locked")) {
      throw new IllegalStateException("login of " + username + " failed: " + result.location());
    }
    client.get("/console");
    return client;
  }

  public Page login(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password));
  }

  public Page get(String path) {
    Page page = send(HttpRequest.newBuilder(uri(path)).GET());
    Matcher matcher = CSRF.matcher(page.body());
    if (matcher.find()) {
      csrf = matcher.group(1);
    }
    return page;
  }

  public Page post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    if (csrf != null) {
      withToken.put("_csrf", csrf);
    }
    return postRaw(path, withToken);
  }

  /** Without adding the CSRF token. */
  public Page postRaw(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A Server-Sent Events stream of this session, open once the server answered; the caller closes it. */
  public InputStream events(String path) {
    try {
      HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream")
          .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
