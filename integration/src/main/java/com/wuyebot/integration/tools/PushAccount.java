package com.wuyebot.integration.tools;

import java.util.Objects;

/**
 * The official account being pushed to: the values configured in the MP console (服务器配置).
 *
 * @param token          the signature token, 3–32 characters
 * @param encodingAesKey the 43-character EncodingAESKey, or {@code null} for plaintext-only use
 * @param appId          the AppID (the suffix inside every ciphertext), or {@code null} for plaintext-only use
 * @param ghId           the original id {@code gh_...}, sent as {@code ToUserName}
 */
public record PushAccount(String token, String encodingAesKey, String appId, String ghId) {

  public PushAccount {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(ghId, "ghId");
    if (encodingAesKey != null && encodingAesKey.length() != 43) {
      throw new IllegalArgumentException("EncodingAESKey must have 43 characters, got " + encodingAesKey.length());
    }
    if ((encodingAesKey == null) != (appId == null)) {
      throw new IllegalArgumentException("EncodingAESKey and AppID go together: give both or neither");
    }
  }

  public static PushAccount plain(String token, String ghId) {
    return new PushAccount(token, null, null, ghId);
  }

  public boolean canEncrypt() {
    return encodingAesKey != null;
  }

  @Override
  public String toString() {
    return "PushAccount[ghId=" + ghId + ", appId=" + appId + ", encrypted=" + canEncrypt() + "]";
  }
}
