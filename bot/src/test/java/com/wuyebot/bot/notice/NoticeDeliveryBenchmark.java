package com.wuyebot.bot.notice;

import com.wuyebot.bot.BotApplication;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.testsupport.TestPostgres;
import com.wuyebot.integration.wechat.outbound.TemplateMessage;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries per second from the delivery records to the local fake WeChat API with the rate limit off: the whole
 * path (claim, template send over HTTP through WxJava, outcome written back), not a timed test. Run it when the
 * machine is quiet:
 *
 * <pre>
 * ./mvnw -q -B -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp bot/target/test-classes:bot/target/classes:$(cat /tmp/cp.txt) com.wuyebot.bot.notice.NoticeDeliveryBenchmark \
 *     [recipients=20000] [senders=8] [batch=100] [postgres] [activity]
 * </pre>
 *
 * {@code activity} sends an activity with sign-up, so every template carries the resident's own signed link.
 */
public final class NoticeDeliveryBenchmark {

  private NoticeDeliveryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int recipients = intArg(args, "recipients", 20_000);
    int senders = intArg(args, "senders", 8);
    int batch = intArg(args, "batch", 100);
    boolean postgres = List.of(args).contains("postgres");
    boolean activity = List.of(args).contains("activity");
    try (FakeWechatApi api = new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET)
        .template(NoticeBot.TEMPLATE).start()) {
      List<String> settings = new ArrayList<>(List.of("--server.port=0", "--wechat.api-base-url=" + api.baseUrl(),
          "--bot.notice.template.template-id=" + NoticeBot.TEMPLATE, "--bot.notice.rate-per-second=0",
          "--bot.notice.senders=" + senders, "--bot.notice.batch-size=" + batch, "--bot.notice.poll=50ms",
          "--logging.level.com.wuyebot=WARN", "--spring.datasource.hikari.maximum-pool-size=" + (senders + 4)));
      if (postgres) {
        TestPostgres.Database database = TestPostgres.freshSchema();
        settings.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=", "--spring.flyway.schemas=" + database.schema()));
      }
      try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class).profiles("test")
          .run(settings.toArray(String[]::new))) {
        run(bot, api, "warm-up", Math.min(2_000, recipients), activity);
        run(bot, api, "measured", recipients, activity);
        bareGateway(bot, api, recipients, senders);
      }
    }
  }

  private static void run(ConfigurableApplicationContext bot, FakeWechatApi api, String label, int recipients,
      boolean activity) throws InterruptedException {
    String community = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> openIds = NoticeBot.openIds("o-" + community, recipients);
    openIds.forEach(api::follower);
    JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate("INSERT INTO resident (app_id, open_id, subscribed, followed_at, created_at) VALUES (?, ?, TRUE, ?, ?)",
        openIds, 1000, (ps, openId) -> {
          ps.setString(1, TestAccounts.SAFE_APP_ID);
          ps.setString(2, openId);
          ps.setTimestamp(3, now);
          ps.setTimestamp(4, now);
        });
    jdbc.batchUpdate("INSERT INTO notice_household (app_id, open_id, community, building) VALUES (?, ?, ?, '1栋')",
        openIds, 1000, (ps, openId) -> {
          ps.setString(1, TestAccounts.SAFE_APP_ID);
          ps.setString(2, openId);
          ps.setString(3, community);
        });
    NoticeService notices = bot.getBean(NoticeService.class);
    Target target = new Target(false, List.of(community), null, null, null);
    Notice notice = notices.create(activity
        ? new NoticeDraft(TestAccounts.SAFE_APP_ID, NoticeKind.ACTIVITY, "冬至包饺子", "社区活动室一起包饺子。",
            Instant.now().plus(Duration.ofDays(7)), null, "社区活动室", null, true, target, NoticeChannel.TEMPLATE)
        : new NoticeDraft(TestAccounts.SAFE_APP_ID, NoticeKind.NOTICE, "停水通知", "明天上午停水。", null, null, null, null, false,
            target, NoticeChannel.TEMPLATE), "bench");
    int sentBefore = api.sentMessages().size();
    long start = System.nanoTime();
    notices.sendNow(notice.id());
    long started = System.nanoTime();
    while (notices.get(notice.id()).status() != NoticeStatus.SENT) {
      Thread.sleep(20);
    }
    long finished = System.nanoTime();
    int received = api.sentMessages().size() - sentBefore;
    double sending = (finished - started) / 1e9;
    System.out.printf("%s: %d recipients, %d received by the fake; records created in %.2f s; sent in %.2f s = %.0f deliveries/s%n",
        label, recipients, received, (started - start) / 1e9, sending, recipients / sending);
  }

  /** The ceiling on this machine: the same template sends straight through the gateway, no records. */
  private static void bareGateway(ConfigurableApplicationContext bot, FakeWechatApi api, int count, int threads)
      throws InterruptedException {
    WechatGateway gateway = bot.getBean(WechatGateway.class);
    List<String> openIds = NoticeBot.openIds("o-bare-" + UUID.randomUUID().toString().substring(0, 8), count);
    openIds.forEach(api::follower);
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          gateway.sendTemplate(TestAccounts.SAFE_APP_ID, new TemplateMessage(openIds.get(i), NoticeBot.TEMPLATE, null,
              Map.of("thing1", "停水通知"), null));
        }
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("bare gateway: %d template sends on %d threads in %.2f s = %.0f sends/s%n", count, threads, seconds,
        count / seconds);
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return Integer.parseInt(arg.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
