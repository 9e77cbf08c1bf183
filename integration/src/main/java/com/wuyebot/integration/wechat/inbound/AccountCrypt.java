package com.wuyebot.integration.wechat.inbound;

import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;

/**
 * WxJava's safe-mode crypto with our checks in its decryption step: WxJava extracts the
 * {@code Encrypt} element (with its own hardened, reused parser) and hands the ciphertext here,
 * where each failure becomes a distinct refusal and the AppID suffix, which WxJava ignores, is
 * checked.
 */
final class AccountCrypt extends WxMpCryptUtil {

  private final AppIdSuffix appIdSuffix;

  AccountCrypt(WxMpConfigStorage config) {
    super(config);
    this.appIdSuffix = new AppIdSuffix(config.getAesKey());
  }

  /** Verifies and decrypts a push body; every failure is a {@link RefusedPushException}. */
  String decryptPush(String body, String timestamp, String nonce, String msgSignature) {
    try {
      return decryptXml(msgSignature, timestamp, nonce, body);
    } catch (WxRuntimeException e) {
      // only the extraction of <Encrypt> is left to fail here: the rest refuses by itself
      throw new RefusedPushException(Refusal.MALFORMED_XML);
    }
  }

  @Override
  public String decryptContent(String msgSignature, String timestamp, String nonce, String cipherText) {
    if (!SHA1.gen(token, timestamp, nonce, cipherText).equals(msgSignature)) {
      throw new RefusedPushException(Refusal.BAD_MSG_SIGNATURE);
    }
    String plain;
    try {
      plain = decrypt(cipherText);
    } catch (WxRuntimeException e) {
      throw new RefusedPushException(Refusal.BAD_CIPHERTEXT);
    }
    if (!appIdSuffix.matches(cipherText, plain.getBytes(StandardCharsets.UTF_8).length, appidOrCorpid)) {
      throw new RefusedPushException(Refusal.WRONG_APPID);
    }
    return plain;
  }
}
