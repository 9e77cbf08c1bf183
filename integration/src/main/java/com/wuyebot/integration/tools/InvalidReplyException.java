package com.wuyebot.integration.tools;

/** The webhook answered 200 with a body WeChat would not accept as a reply. */
public class InvalidReplyException extends RuntimeException {

  private final String body;

  public InvalidReplyException(String reason, String body) {
    super(reason);
    this.body = body;
  }

  public InvalidReplyException(String reason, String body, Throwable cause) {
    super(reason, cause);
    this.body = body;
  }

  /** The raw HTTP body, for test diagnostics; it may contain resident data, so do not log it. */
  public String body() {
    return body;
  }
}
