package com.wuyebot.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Who gets into /api/**: the administrator, live API tokens; and the open API description. */
class ApiAccessIT extends RunningBot {

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void acceptsALiveTokenAndRefusesItOnceRevoked() throws Exception {
    AdminApi admin = new AdminApi(port);
    JsonNode created = admin.created("/api/tokens", "{\"name\":\"ERP-" + UUID.randomUUID() + "\"}");
    String token = created.get("token").asString();
    assertThat(token).startsWith("wyb_");

    assertThat(call("/api/tickets", "Bearer " + token).statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/tokens/" + created.get("id").asLong()).body().get("lastUsedAt").isNull()).isFalse();

    assertThat(admin.delete("/api/tokens/" + created.get("id").asLong()).status()).isEqualTo(200);
    assertThat(call("/api/tickets", "Bearer " + token).statusCode()).isEqualTo(401);
  }

  @Test
  void storesOnlyTheHashAndNeverShowsTheSecretAgain() {
    AdminApi admin = new AdminApi(port);
    JsonNode created = admin.created("/api/tokens", "{\"name\":\"物业ERP\"}");
    String token = created.get("token").asString();
    String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, created.get("id").asLong());

    assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);
    assertThat(admin.get("/api/tokens").body().toString()).doesNotContain(token);
  }

  @Test
  void refusesAWrongOrMalformedToken() throws Exception {
    assertThat(call("/api/tickets", "Bearer wyb_" + UUID.randomUUID()).statusCode()).isEqualTo(401);
    assertThat(call("/api/tickets", "Bearer ").statusCode()).isEqualTo(401);
    assertThat(call("/api/tickets", "Bearer " + "x".repeat(5000)).statusCode()).isEqualTo(401);
    assertThat(call("/api/tickets", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anUndecodableQueryIsTheClientsMistake() throws Exception {
    assertThat(rawGet("/api/tickets?status=%ZZ")).startsWith("HTTP/1.1 400");
    assertThat(rawGet("/api/surveys/stats?groupBy=%ZZ")).startsWith("HTTP/1.1 400");
  }

  /** The status line of a GET sent as written; java.net.URI refuses such a query before it leaves. */
  private String rawGet(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + AdminApi.ADMIN
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
  }

  @Test
  void aTokenCannotManageTokens() throws Exception {
    String token = new AdminApi(port).created("/api/tokens", "{\"name\":\"报表系统\"}").get("token").asString();

    assertThat(call("/api/tokens", "Bearer " + token).statusCode()).isEqualTo(403);
  }

  @Test
  void refusesATokenWithoutAName() {
    assertThat(new AdminApi(port).post("/api/tokens", "{\"name\":\" \"}").status()).isEqualTo(400);
  }

  @Test
  void revokingAnUnknownTokenIsNotFound() {
    assertThat(new AdminApi(port).delete("/api/tokens/987654321").status()).isEqualTo(404);
  }

  @Test
  void describesTheApiWithOpenApiWithoutCredentials() throws Exception {
    HttpResponse<String> spec = call("/v3/api-docs", null);

    assertThat(spec.statusCode()).isEqualTo(200);
    assertThat(spec.body()).contains("\"/api/tickets\"", "\"/api/tickets/{number}/transitions\"", "\"/api/incidents\"",
        "bearer").doesNotContain("/wx/portal");
    assertThat(call("/swagger-ui.html", null).statusCode()).isIn(200, 302);
  }

  private HttpResponse<String> call(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
