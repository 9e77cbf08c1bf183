package com.wuyebot.bot.wechat.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The query string only. {@code request.getParameter} would also read a form-encoded body, and
 * a push's body must be read exactly once, within the size limit, by the webhook.
 */
final class QueryParameters {

  private QueryParameters() {
  }

  static Map<String, String> of(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return Map.of();
    }
    return UriComponentsBuilder.newInstance().query(query).build().getQueryParams().entrySet().stream()
        .filter(e -> !e.getValue().isEmpty() && e.getValue().get(0) != null)
        .collect(Collectors.toUnmodifiableMap(
            e -> UriUtils.decode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8),
            e -> UriUtils.decode(e.getValue().get(0), java.nio.charset.StandardCharsets.UTF_8),
            (first, second) -> first));
  }
}
