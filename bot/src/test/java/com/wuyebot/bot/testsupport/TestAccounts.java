package com.wuyebot.bot.testsupport;

import com.wuyebot.integration.tools.PushAccount;
import com.wuyebot.integration.tools.PushMode;
import com.wuyebot.integration.tools.WechatPushClient;
import java.net.URI;

/** The accounts of application-test.yml, and push clients that play WeChat against a running bot. */
public final class TestAccounts {

  public static final String SAFE_APP_ID = "wx1b2c3d4e5f607182";
  public static final String SAFE_TOKEN = "wyProp2024token";
  public static final String SAFE_AES_KEY = "k3Jx9QvWm2TtL8pRz5NcY7bH4gD6fA1sE0uVqXoMiKy";
  public static final String SAFE_SECRET = "it-secret";
  public static final String PLAIN_APP_ID = "wxplain00000000002";
  public static final String PLAIN_TOKEN = "plainToken";
  public static final String GH_ID = "gh_a1b2c3d4e5f6";

  private TestAccounts() {
  }

  public static String portal(int port, String appId) {
    return "http://127.0.0.1:" + port + "/wx/portal/" + appId;
  }

  public static WechatPushClient safe(int port) {
    return client(port, PushMode.SAFE);
  }

  public static WechatPushClient client(int port, PushMode mode) {
    if (mode == PushMode.PLAIN) {
      return WechatPushClient.plain(portal(port, PLAIN_APP_ID), PLAIN_TOKEN, GH_ID);
    }
    return new WechatPushClient(URI.create(portal(port, SAFE_APP_ID)),
        new PushAccount(SAFE_TOKEN, SAFE_AES_KEY, SAFE_APP_ID, GH_ID), mode);
  }

  /** What the bot answers a resident's text message, in safe mode; empty when it answered {@code success}. */
  public static String say(int port, String openId, String text) {
    return safe(port).push(com.wuyebot.integration.tools.PushMessage.text(openId, text)).reply().content();
  }

  public static String newOpenId() {
    return "o" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 27);
  }
}
