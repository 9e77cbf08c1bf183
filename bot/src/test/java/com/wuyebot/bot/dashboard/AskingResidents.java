package com.wuyebot.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Residents asking the bot questions, bound to a house in the chat as residents do, once the knowledge base is up. */
final class AskingResidents {

  private AskingResidents() {
  }

  /** Imports the test knowledge base and waits for its index, which loads after start-up: until then nothing is decided. */
  static void knowledgeBaseReady(int port) {
    new AdminApi(port).importTestKnowledgeBase();
    await().atMost(Duration.ofSeconds(10))
        .until(() -> TestAccounts.say(port, TestAccounts.newOpenId(), "物业费在哪里交").contains("生活缴费"));
  }

  /** A community of its own, so that a test counts only its own residents' questions. */
  static String newCommunity(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new resident with one house in {@code community}; their openid. */
  static String boundIn(int port, String community) {
    String room = String.valueOf(ThreadLocalRandom.current().nextInt(101, 999));
    String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    AdminApi.Response imported = new AdminApi(port).postText("/api/households/import", "text/csv",
        "community,building,unit,room,name,phone\n" + community + ",1号楼,1单元," + room + ",住户," + phone + "\n");
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
    String openId = TestAccounts.newOpenId();
    assertThat(TestAccounts.say(port, openId, "绑定房屋 " + community + " 1栋1单元" + room)).contains("手机");
    assertThat(TestAccounts.say(port, openId, phone)).contains("绑定成功");
    return openId;
  }
}
