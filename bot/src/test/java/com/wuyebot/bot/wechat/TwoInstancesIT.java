package com.wuyebot.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.BotApplication;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.testsupport.TestRedis;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.WechatPushClient;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two bot instances sharing one Redis and one database, as behind a load balancer. */
class TwoInstancesIT {

  static FakeWechatApi api;
  static ConfigurableApplicationContext a;
  static ConfigurableApplicationContext b;

  @BeforeAll
  static void start() {
    api = new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET).start();
    String namespace = "two-instances-" + UUID.randomUUID();
    String database = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    a = instance(namespace, database);
    b = instance(namespace, database);
  }

  private static ConfigurableApplicationContext instance(String namespace, String database) {
    return new SpringApplicationBuilder(BotApplication.class).profiles("test").run(
        "--server.port=0", "--redis.url=" + TestRedis.url(), "--redis.namespace=" + namespace,
        "--spring.datasource.url=" + database, "--wechat.api-base-url=" + api.baseUrl());
  }

  @AfterAll
  static void stop() {
    b.close();
    a.close();
    api.close();
  }

  @Test
  void aRetryReachingTheOtherInstanceGetsTheSameReplyWithoutSecondProcessing() {
    WechatPushClient toA = TestAccounts.safe(port(a));
    WechatPushClient toB = TestAccounts.safe(port(b));
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

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static double replies(ConfigurableApplicationContext context, String outcome) {
    var timer = context.getBean(MeterRegistry.class).find("wechat.replies").tag("outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }
}
