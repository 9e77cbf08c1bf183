package com.wuyebot.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.testsupport.TwoBots;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.WechatPushClient;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two bot instances sharing one Redis and one database, as behind a load balancer. */
class TwoInstancesIT {

  static TwoBots bots;
  static ConfigurableApplicationContext a;
  static ConfigurableApplicationContext b;
  static FakeWechatApi api;

  @BeforeAll
  static void start() {
    bots = TwoBots.start();
    a = bots.a();
    b = bots.b();
    api = bots.api();
  }

  @AfterAll
  static void stop() {
    bots.close();
  }

  @Test
  void aRetryReachingTheOtherInstanceGetsTheSameReplyWithoutSecondProcessing() {
    WechatPushClient toA = TwoBots.wechat(a);
    WechatPushClient toB = TwoBots.wechat(b);
    Envelope message = toA.envelope(PushMessage.subscribe(TestAccounts.newOpenId()));

    PushResult first = toA.deliver(message);
    PushResult retry = toB.deliver(message);

    assertThat(retry.reply().content()).isEqualTo(first.reply().content()).contains("欢迎关注");
    assertThat(replies(a, "passive_reply")).isEqualTo(1);
    assertThat(replies(b, "passive_reply")).isZero();
    assertThat(replies(b, "duplicate")).isEqualTo(1);
  }

  @Test
  void bothInstancesShareOneAccessToken() {
    String tokenA = a.getBean(WechatGateway.class).accessToken(TestAccounts.SAFE_APP_ID);
    String tokenB = b.getBean(WechatGateway.class).accessToken(TestAccounts.SAFE_APP_ID);

    assertThat(tokenB).isEqualTo(tokenA);
    assertThat(api.tokenFetches(TestAccounts.SAFE_APP_ID)).isEqualTo(1);
  }

  @Test
  void healthReportsRedis() {
    assertThat(a.getBean(com.wuyebot.integration.state.StateStore.class).isAvailable()).isTrue();
  }


  private static double replies(ConfigurableApplicationContext context, String outcome) {
    var timer = context.getBean(MeterRegistry.class).find("wechat.replies").tag("outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }
}
