package com.wuyebot.integration.wechat;

import java.util.Objects;

/**
 * One official account as configured in the MP console. The EncodingAESKey is optional: without
 * it the account can only take plaintext pushes.
 */
public record WechatAccount(String appId, String secret, String token, String aesKey) {

  public WechatAccount {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(token, "token");
    if (aesKey != null && aesKey.isBlank()) {
      aesKey = null;
    }
  }

  public boolean hasAesKey() {
    return aesKey != null;
  }

  @Override
  public String toString() {
    return "WechatAccount[" + appId + "]";
  }
}
