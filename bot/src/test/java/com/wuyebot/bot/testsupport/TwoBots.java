package com.wuyebot.bot.testsupport;

import com.wuyebot.bot.BotApplication;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.testsupport.TestRedis;
import com.wuyebot.integration.tools.WechatPushClient;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two bot instances as behind a load balancer: one Redis (its own key namespace), one database
 * (H2 in memory, shared), one fake WeChat API. Closing stops all three.
 */
public final class TwoBots implements AutoCloseable {

  private final FakeWechatApi api;
  private final ConfigurableApplicationContext a;
  private final ConfigurableApplicationContext b;

  private TwoBots(FakeWechatApi api, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
    this.api = api;
    this.a = a;
    this.b = b;
  }

  public static TwoBots start() {
    FakeWechatApi api = new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET).start();
    String namespace = "two-bots-" + UUID.randomUUID();
    String database = "jdbc:h2:mem:two-bots-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    return new TwoBots(api, instance(api, namespace, database), instance(api, namespace, database));
  }

  private static ConfigurableApplicationContext instance(FakeWechatApi api, String namespace, String database) {
    return new SpringApplicationBuilder(BotApplication.class).profiles("test").run(
        "--server.port=0", "--redis.url=" + TestRedis.url(), "--redis.namespace=" + namespace,
        "--spring.datasource.url=" + database, "--wechat.api-base-url=" + api.baseUrl());
  }

  public ConfigurableApplicationContext a() {
    return a;
  }

  public ConfigurableApplicationContext b() {
    return b;
  }

  public FakeWechatApi api() {
    return api;
  }

  /** WeChat pushing in safe mode to this instance. */
  public static WechatPushClient wechat(ConfigurableApplicationContext instance) {
    return TestAccounts.safe(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
  }

  @Override
  public void close() {
    b.close();
    a.close();
    api.close();
  }
}
