package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.testsupport.TwoBots;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.WechatPushClient;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** One resident's conversation spread over two instances that share Redis and the database. */
class ConversationTwoInstancesIT {

  static TwoBots bots;
  static ConfigurableApplicationContext a;
  static ConfigurableApplicationContext b;

  @BeforeAll
  static void start() {
    bots = TwoBots.start();
    a = bots.a();
    b = bots.b();
  }

  @AfterAll
  static void stop() {
    bots.close();
  }

  @Test
  void anIntakeStartedOnOneInstanceContinuesOnTheOther() {
    String openId = TestAccounts.newOpenId();

    assertThat(say(a, openId, "书房窗户玻璃裂了 周六上午")).contains("位置");
    assertThat(say(b, openId, "7号楼1单元1502")).contains("请核对报修信息", "7栋1单元1502", "门窗", "周六上午");
    assertThat(say(a, openId, "确认")).contains("报修已提交");

    assertThat(ticketCount(openId)).isEqualTo(1);
  }

  @Test
  void twoConfirmationsArrivingAtOnceOnBothInstancesOpenOneTicket() throws Exception {
    String openId = TestAccounts.newOpenId();
    say(a, openId, "4栋2单元303 厨房水龙头一直滴水 随时");
    Envelope toA = client(a).envelope(PushMessage.text(openId, "确认"));
    Envelope toB = client(b).envelope(PushMessage.text(openId, "好的"));

    CompletableFuture<PushResult> first = CompletableFuture.supplyAsync(() -> client(a).deliver(toA));
    CompletableFuture<PushResult> second = CompletableFuture.supplyAsync(() -> client(b).deliver(toB));

    long confirmed = java.util.stream.Stream.of(first.get(), second.get())
        .filter(result -> result.reply().content().contains("报修已提交")).count();
    assertThat(confirmed).as("one resident's messages are handled one at a time").isEqualTo(1);
    assertThat(ticketCount(openId)).isEqualTo(1);
  }

  static java.util.stream.Stream<Dialogue> dialogues() {
    return Dialogue.read("/dialogues/two-instances.dialogue").stream();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("dialogues")
  void playsTheDialogue(Dialogue dialogue) {
    new DialogueRunner(java.util.Map.of("a", instance(a), "b", instance(b)), bots.api()).play(dialogue);
  }

  private static DialogueRunner.Instance instance(ConfigurableApplicationContext context) {
    return new DialogueRunner.Instance(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), context);
  }

  private static String say(ConfigurableApplicationContext instance, String openId, String text) {
    return client(instance).push(PushMessage.text(openId, text)).reply().content();
  }

  private static WechatPushClient client(ConfigurableApplicationContext instance) {
    return TwoBots.wechat(instance);
  }

  private static int ticketCount(String openId) {
    return a.getBean(JdbcTemplate.class).queryForObject("select count(*) from ticket where open_id = ?", Integer.class, openId);
  }
}
