package com.wuyebot.integration.tools;

import java.util.Locale;

/** The three security modes of the MP console (明文 / 兼容 / 安全), as seen on the wire. */
public enum PushMode {
  /** Body is the message XML; query carries only {@code signature, timestamp, nonce, openid}. */
  PLAIN,
  /** Body carries only {@code <Encrypt>}; query adds {@code encrypt_type=aes&msg_signature}. */
  SAFE,
  /** Body carries the plaintext fields and {@code <Encrypt>}; query as in safe mode. */
  COMPAT;

  public boolean encrypted() {
    return this != PLAIN;
  }

  public static PushMode parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "plain", "plaintext", "raw" -> PLAIN;
      case "safe", "aes" -> SAFE;
      case "compat", "compatible", "compatibility" -> COMPAT;
      default -> throw new IllegalArgumentException("unknown mode '" + text + "', expected plain, safe or compat");
    };
  }
}
