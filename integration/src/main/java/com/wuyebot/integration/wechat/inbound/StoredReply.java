package com.wuyebot.integration.wechat.inbound;

import java.util.Optional;
import java.util.regex.Pattern;

/** A {@link Reply} as a string in the state store, so a retry on any instance can answer it again. */
final class StoredReply {

  private static final String SEPARATOR = "\u001f";
  private static final String TEXT = "T";
  private static final String NEWS = "W";

  private StoredReply() {
  }

  static String encode(Reply reply) {
    if (reply instanceof Reply.Text text) {
      return TEXT + SEPARATOR + text.content();
    }
    if (reply instanceof Reply.News news) {
      return String.join(SEPARATOR, NEWS, news.title(), orEmpty(news.description()), orEmpty(news.url()), orEmpty(news.picUrl()));
    }
    throw new IllegalArgumentException("Nothing to store for " + reply);
  }

  static Optional<Reply> decode(String stored) {
    String[] parts = stored.split(Pattern.quote(SEPARATOR), -1);
    if (parts[0].equals(TEXT) && parts.length == 2) {
      return Optional.of(Reply.text(parts[1]));
    }
    if (parts[0].equals(NEWS) && parts.length == 5) {
      return Optional.of(Reply.news(parts[1], parts[2], parts[3], parts[4]));
    }
    return Optional.empty();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
