package com.wuyebot.integration.fake;

import java.util.Map;

/** A WeChat API error answer; thrown inside the fake and rendered as {@code {"errcode","errmsg"}}. */
final class FakeApiError extends RuntimeException {

  private static final Map<Integer, String> MESSAGES = Map.ofEntries(
      Map.entry(-1, "system error"),
      Map.entry(40001, "invalid credential, access_token is invalid or not latest"),
      Map.entry(40003, "invalid openid"),
      Map.entry(40007, "invalid media_id"),
      Map.entry(40013, "invalid appid"),
      Map.entry(40037, "invalid template_id"),
      Map.entry(40066, "invalid url"),
      Map.entry(40125, "invalid appsecret"),
      Map.entry(41001, "access_token missing"),
      Map.entry(42001, "access_token expired"),
      Map.entry(43004, "require subscribe"),
      Map.entry(43101, "user refuse to accept the msg"),
      Map.entry(44002, "empty post data"),
      Map.entry(45009, "reach max api daily quota limit"),
      Map.entry(45015, "response out of time limit or subscription is canceled"),
      Map.entry(45047, "out of response count limit"),
      Map.entry(47001, "data format error"),
      Map.entry(47003, "argument invalid!"));

  final int code;

  FakeApiError(int code) {
    this(code, MESSAGES.getOrDefault(code, "error " + code));
  }

  FakeApiError(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static String message(int code) {
    return MESSAGES.getOrDefault(code, "error " + code);
  }
}
