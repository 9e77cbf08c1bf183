package com.wuyebot.bot.notice;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.tools.PushMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Notices through the administration API of a running bot, in a community of their own so tests stay apart. */
final class NoticeFixture {

  static final String APP = TestAccounts.SAFE_APP_ID;

  private final int port;
  private final FakeWechatApi api;
  private final AdminApi admin;
  private final String community = "阳光花园-" + UUID.randomUUID().toString().substring(0, 8);

  NoticeFixture(int port, FakeWechatApi api) {
    this.port = port;
    this.api = api;
    this.admin = new AdminApi(port);
  }

  String community() {
    return community;
  }

  AdminApi admin() {
    return admin;
  }

  /** A new follower of the account living in this community's {@code building}, {@code unit}. */
  String follower(String building, String unit) {
    String openId = TestAccounts.newOpenId();
    api.follower(openId);
    TestAccounts.safe(port).push(PushMessage.subscribe(openId));
    admin.created("/api/notice-audience/households", """
        {"households":[{"appId":"%s","openId":"%s","community":"%s","building":"%s","unit":"%s","room":"301"}]}"""
        .formatted(APP, openId, community, building, unit));
    return openId;
  }

  long create(String json) {
    return admin.created("/api/notices", json).get("id").asLong();
  }

  void send(long id) {
    admin.created("/api/notices/" + id + "/send", "{}");
  }

  JsonNode statistics(long id) {
    return admin.get("/api/notices/" + id + "/statistics").body();
  }

  /** Polls the statistics until {@code done}; the senders work in the background. */
  JsonNode awaitStatistics(long id, Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode statistics = null;
    while (System.nanoTime() < deadline) {
      statistics = statistics(id);
      if (done.test(statistics)) {
        return statistics;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("notice " + id + " statistics never matched; last " + statistics);
  }
}
