package com.wuyebot.bot.notice;

import com.wuyebot.bot.BotApplication;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One bot instance for notice tests on a fixed PostgreSQL schema, so that a second instance started after the
 * first was closed works on the same records, as after a restart.
 */
final class NoticeBot implements AutoCloseable {

  static final String TEMPLATE = "tpl-notice-0001";
  /** Where residents' phones reach the bot in notice tests; links are followed by their path on the local port. */
  static final String PUBLIC_URL = "https://wuye.example.com";

  private final ConfigurableApplicationContext context;

  private NoticeBot(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static NoticeBot start(TestPostgres.Database database, FakeWechatApi api, String... settings) {
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=", "--spring.flyway.schemas=" + database.schema(),
        "--wechat.api-base-url=" + api.baseUrl(), "--bot.notice.template.template-id=" + TEMPLATE,
        "--bot.notice.poll=200ms"));
    args.addAll(List.of(settings));
    return new NoticeBot(new SpringApplicationBuilder(BotApplication.class).profiles("test").run(args.toArray(String[]::new)));
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  AdminApi admin() {
    return new AdminApi(port());
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }

  /** Followers written straight into the database (the webhook would take minutes for ten thousand). */
  static void followers(TestPostgres.Database database, String community, String building, List<String> openIds) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
        PreparedStatement resident = c.prepareStatement("INSERT INTO resident (app_id, open_id, subscribed, followed_at, "
            + "created_at) VALUES (?, ?, TRUE, ?, ?)");
        PreparedStatement house = c.prepareStatement("INSERT INTO notice_household (app_id, open_id, community, building, "
            + "unit, room) VALUES (?, ?, ?, ?, '1', '101')")) {
      for (String openId : openIds) {
        resident.setString(1, TestAccounts.SAFE_APP_ID);
        resident.setString(2, openId);
        resident.setTimestamp(3, now);
        resident.setTimestamp(4, now);
        resident.addBatch();
        house.setString(1, TestAccounts.SAFE_APP_ID);
        house.setString(2, openId);
        house.setString(3, community);
        house.setString(4, building);
        house.addBatch();
      }
      resident.executeBatch();
      house.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static int update(TestPostgres.Database database, String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> openIds(String prefix, int count) {
    return Stream.iterate(0, i -> i + 1).limit(count).map(i -> prefix + "-" + i).toList();
  }
}
