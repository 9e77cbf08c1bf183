package com.wuyebot.bot.ticket;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A WeCom (企业微信) group robot: a plain HTTPS POST of {@code {"msgtype":"text","text":{"content":…}}}
 * to the group's webhook, answered with {@code {"errcode":0,"errmsg":"ok"}}.
 */
@Component
class WecomRobot {

  /** WeCom takes at most 2048 bytes of text; Chinese is 3 bytes a character in UTF-8. */
  static final int MAX_CHARS = 680;
  /** The errcode recorded when the robot could not be reached or did not answer with JSON. */
  static final int TRANSPORT_ERROR = -1;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http;
  private final StaffNoticeProperties properties;

  WecomRobot(StaffNoticeProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.wecomTimeout()).build();
  }

  /** @throws WecomException with WeCom's errcode, or {@link #TRANSPORT_ERROR} */
  void say(String webhook, String text) {
    String content = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS - 1) + "…" : text;
    String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(webhook))
        .timeout(properties.wecomTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WecomException(TRANSPORT_ERROR, "robot unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WecomException(TRANSPORT_ERROR, "interrupted");
    }
    if (response.statusCode() != 200) {
      throw new WecomException(TRANSPORT_ERROR, "HTTP " + response.statusCode());
    }
    int errcode;
    String errmsg;
    try {
      JsonNode answer = json.readTree(response.body());
      errcode = answer.path("errcode").asInt(TRANSPORT_ERROR);
      errmsg = answer.path("errmsg").asString("");
    } catch (JacksonException e) {
      throw new WecomException(TRANSPORT_ERROR, "answer is not JSON");
    }
    if (errcode != 0) {
      throw new WecomException(errcode, errmsg);
    }
  }

  static final class WecomException extends RuntimeException {

    private final int errcode;

    WecomException(int errcode, String message) {
      super(message);
      this.errcode = errcode;
    }

    int errcode() {
      return errcode;
    }
  }
}
