package com.wuyebot.bot.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON administration API over real HTTP, as the administrator of the test profile. */
public final class AdminApi {

  public static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));
  private static final ObjectMapper JSON = new ObjectMapper();

  public record Response(int status, JsonNode body) {
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  public AdminApi(int port) {
    this.port = port;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response post(String path, String json) {
    return postText(path, "application/json", json);
  }

  public Response postText(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** POST that must succeed; the body. */
  public JsonNode created(String path, String json) {
    Response response = post(path, json);
    assertThat(response.status()).as("%s %s", path, response.body()).isIn(200, 201);
    return response.body();
  }

  /** A team in its own community with members on duty all week, so tests do not see each other's staff. */
  public long[] teamOnDutyAllWeek(String community, String category, String... members) {
    long team = created("/api/teams", "{\"name\":\"水电组\",\"community\":\"" + community + "\",\"categories\":[\"" + category + "\"]}")
        .get("id").asLong();
    long[] ids = new long[members.length];
    for (int i = 0; i < members.length; i++) {
      ids[i] = created("/api/staff", "{\"teamId\":" + team + ",\"name\":\"" + members[i] + "\",\"phone\":\"1380000000" + i + "\"}")
          .get("id").asLong();
      for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
        created("/api/roster", "{\"staffId\":" + ids[i] + ",\"weekday\":\"" + day + "\",\"shift\":\"ALL_DAY\"}");
      }
    }
    return ids;
  }

  /** Imports the small knowledge base of src/test/resources/faq (again: it replaces the same entries). */
  public void importTestKnowledgeBase() {
    try (java.io.InputStream in = AdminApi.class.getResourceAsStream("/faq/test-kb.jsonl")) {
      Response response = send(request("/api/faq/import").header("Content-Type", "application/jsonl")
          .POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes())));
      assertThat(response.status()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String repair(String community, String category, String requestKey) {
    return "{\"requestKey\":" + (requestKey == null ? "null" : "\"" + requestKey + "\"") + ",\"type\":\"REPAIR\",\"category\":\""
        + category + "\",\"community\":\"" + community + "\",\"house\":\"3栋2单元501\",\"description\":\"厨房水管漏水\","
        + "\"photos\":[\"media-1\"],\"appId\":\"wxapp\",\"openId\":\"o-resident\",\"preferredTime\":\"明天上午\",\"channel\":\"WECHAT\"}";
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", ADMIN);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
