package com.wuyebot.bot.shared;

import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for residents in logs: a truncated HMAC of the openid, the same on every
 * instance that shares the key, so log lines of one resident can be correlated without the openid.
 */
@Component
public class Pseudonyms {

  /** One per thread: an HmacUtils wraps a single Mac, which garbles or throws when two threads use it at once. */
  private final ThreadLocal<HmacUtils> hmac;

  Pseudonyms(@Value("${bot.log-pseudonym-key}") String key) {
    this.hmac = ThreadLocal.withInitial(() -> new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key));
  }

  public String of(String openId) {
    return openId == null ? "r-none" : "r-" + hmac.get().hmacHex(openId).substring(0, 12);
  }
}
