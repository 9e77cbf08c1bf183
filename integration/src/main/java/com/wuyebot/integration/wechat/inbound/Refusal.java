package com.wuyebot.integration.wechat.inbound;

/** Why a push was refused, and the HTTP status WeChat (or an attacker) gets for it. */
public enum Refusal {
  UNKNOWN_ACCOUNT(404),
  BODY_TOO_LARGE(413),
  MISSING_PARAMETER(400),
  BAD_SIGNATURE(403),
  STALE_TIMESTAMP(403),
  BAD_MSG_SIGNATURE(403),
  WRONG_APPID(403),
  NOT_SAFE_MODE_ACCOUNT(400),
  BAD_CIPHERTEXT(400),
  DOCTYPE(400),
  MALFORMED_XML(400);

  private final int status;

  Refusal(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  public String metricName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
