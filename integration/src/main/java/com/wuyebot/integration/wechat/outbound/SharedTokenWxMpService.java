package com.wuyebot.integration.wechat.outbound;

import java.io.IOException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * WxJava's service, made to fetch one token per period across instances. WxJava checks the
 * stored token before it takes the refresh lock but not after, so every instance that waited
 * on the lock fetches again. Here the check is repeated under the lock: when another instance
 * has just stored a fresh token, that token is taken instead of calling WeChat.
 */
final class SharedTokenWxMpService extends WxMpServiceImpl {

  private final WxMpRedisConfigImpl storage;

  SharedTokenWxMpService(WxMpRedisConfigImpl storage) {
    this.storage = storage;
    setWxMpConfigStorage(storage);
  }

  @Override
  protected String doGetStableAccessTokenRequest(boolean forceRefresh) throws IOException {
    if (!forceRefresh && !storage.isAccessTokenExpired()) {
      String token = storage.getAccessToken();
      Long secondsLeft = storage.getRedisOps().getExpire(storage.getAccessTokenKey());
      if (token != null && secondsLeft != null && secondsLeft > 1) {
        return "{\"access_token\":\"" + token + "\",\"expires_in\":" + secondsLeft + "}";
      }
    }
    return super.doGetStableAccessTokenRequest(forceRefresh);
  }
}
