package com.wuyebot.integration.wechat.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base64;

/**
 * Reads the AppID that WeChat appends to every encrypted message (PROTOCOL.md §2.5). WxJava
 * decrypts the message but drops this suffix without checking it, so a ciphertext made for
 * another account that happens to share our key would pass; this closes that gap. Only the last
 * blocks are decrypted: in CBC mode each block needs just the block before it.
 */
final class AppIdSuffix {

  private static final int BLOCK = 16;
  private static final int MAX_PAD = 32;
  /** 16 random bytes and the 4-byte message length. */
  private static final int HEADER = 20;

  /** Looking up a cipher costs more than the two blocks it decrypts here; one per thread is kept. */
  private static final ThreadLocal<Cipher> AES = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/CBC/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks AES/CBC", e);
    }
  });

  private final SecretKeySpec key;

  AppIdSuffix(String encodingAesKey) {
    this.key = new SecretKeySpec(Base64.decodeBase64(encodingAesKey + "="), "AES");
  }

  /** True when the plaintext ends, after the message of {@code messageBytes}, with exactly {@code appId}. */
  boolean matches(String cipherText, int messageBytes, String appId) {
    byte[] expected = appId.getBytes(StandardCharsets.US_ASCII);
    byte[] cipher = Base64.decodeBase64(cipherText);
    int tailBlocks = Math.min(cipher.length / BLOCK - 1, (expected.length + MAX_PAD) / BLOCK + 2);
    if (cipher.length % BLOCK != 0 || tailBlocks < 1) {
      return false;
    }
    int from = cipher.length - tailBlocks * BLOCK;
    byte[] tail;
    try {
      Cipher aes = AES.get();
      aes.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(cipher, from - BLOCK, BLOCK));
      tail = aes.doFinal(cipher, from, cipher.length - from);
    } catch (GeneralSecurityException e) {
      return false;
    }
    int pad = tail[tail.length - 1] & 0xff;
    int end = tail.length - pad;
    int plainLength = cipher.length - pad;
    if (pad < 1 || pad > MAX_PAD || end < expected.length || plainLength != HEADER + messageBytes + expected.length) {
      return false;
    }
    return Arrays.equals(tail, end - expected.length, end, expected, 0, expected.length);
  }
}
