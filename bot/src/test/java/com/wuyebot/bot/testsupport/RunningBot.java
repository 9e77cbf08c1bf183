package com.wuyebot.bot.testsupport;

import com.wuyebot.integration.fake.FakeWechatApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot on a random port with the test profile, its WeChat API pointed at one local fake
 * shared by every test class, so that classes with the same settings share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class RunningBot {

  private static final FakeWechatApi API =
      new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET).start();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void wechatApi(DynamicPropertyRegistry registry) {
    registry.add("wechat.api-base-url", API::baseUrl);
  }

  /** WeChat's API as the bot sees it; tests tell their messages apart by a fresh openid. */
  protected static FakeWechatApi api() {
    return API;
  }
}
