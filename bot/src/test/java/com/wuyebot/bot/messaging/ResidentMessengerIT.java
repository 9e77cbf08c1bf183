package com.wuyebot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.tools.PushMessage;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Channel choice, idempotency, retries and delivery reports against the local fake WeChat API with windows enforced. */
@TestPropertySource(properties = {
    "bot.messenger.templates.ticket-progress.template-id=" + ResidentMessengerIT.TEMPLATE_ID,
    "bot.messenger.templates.ticket-progress.keywords.number=character_string1",
    "bot.messenger.templates.ticket-progress.keywords.title=thing2",
    "bot.messenger.templates.ticket-progress.keywords.state=phrase3",
    "bot.messenger.templates.ticket-progress.url=https://wuye.example.com/tickets",
    "bot.messenger.retry-poll=200ms",
    "bot.messenger.retry-first-delay=300ms",
    "bot.messenger.max-attempts=3"})
class ResidentMessengerIT extends RunningBot {

  static final String TEMPLATE_ID = "tpl-ticket-progress-0001";
  private static final String APP = TestAccounts.SAFE_APP_ID;
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Autowired
  ResidentMessenger messenger;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MeterRegistry meters;

  @BeforeAll
  static void enforceWindows() {
    api().template(TEMPLATE_ID).enforceServiceWindows(true);
  }

  @AfterAll
  static void relaxWindows() {
    // the fake is shared with other test classes, which expect every customer-service send to pass
    api().enforceServiceWindows(false).clearFaults();
  }

  @Test
  void sendsACustomerServiceMessageWhileTheResidentsWindowIsOpen() {
    String openId = residentWhoJustWrote();

    OutboundMessage sent = messenger.send(assigned(openId, "BX20261126-0012"));

    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.channel()).isEqualTo(Channel.CUSTOMER_SERVICE);
    assertThat(api().sentMessagesTo(openId)).singleElement()
        .satisfies(m -> assertThat(m.content()).isEqualTo("您的报修单 BX20261126-0012 已派给水电组王师傅，预计今天 14:00 上门。"));
  }

  @Test
  void sendsATemplateMessageWhenTheResidentHasNotWrittenWithin48Hours() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);

    OutboundMessage sent = messenger.send(assigned(openId, "BX20261126-0013"));

    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.channel()).isEqualTo(Channel.TEMPLATE);
    SentMessage template = api().sentMessagesTo(openId).get(0);
    assertThat(template.templateId()).isEqualTo(TEMPLATE_ID);
    assertThat(sent.wechatMsgId()).isEqualTo(template.msgId());
    var data = template.body().getAsJsonObject("data");
    assertThat(data.getAsJsonObject("character_string1").get("value").getAsString()).isEqualTo("BX20261126-0013");
    assertThat(data.getAsJsonObject("thing2").get("value").getAsString()).isEqualTo("三号楼二单元1502室厨房水槽下方水管接");
    assertThat(template.body().get("url").getAsString()).isEqualTo("https://wuye.example.com/tickets");
    assertThat(template.body().get("client_msg_id").getAsString()).isEqualTo(sent.clientMsgId());
  }

  @Test
  void fallsBackToATemplateWhenWechatSaysTheWindowIsClosed() {
    String openId = TestAccounts.newOpenId();
    // the bot saw a message, but WeChat no longer counts the window (e.g. the resident unfollowed and came back)
    TestAccounts.safe(port).push(PushMessage.text(openId, "你好"));
    api().follower(openId);
    int customerServiceCalls = api().calls(FakeWechatApi.CUSTOM_SEND);

    OutboundMessage sent = messenger.send(assigned(openId, "BX20261126-0014"));

    assertThat(api().calls(FakeWechatApi.CUSTOM_SEND)).isEqualTo(customerServiceCalls + 1);
    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.channel()).isEqualTo(Channel.TEMPLATE);
    assertThat(api().sentMessagesTo(openId)).extracting(SentMessage::msgType).containsExactly("template");
  }

  @Test
  void sendsTheSixthMessageOfAWindowAsATemplate() {
    String openId = residentWhoJustWrote();

    List<Channel> channels = IntStream.rangeClosed(1, 6)
        .mapToObj(i -> messenger.send(assigned(openId, "BX20261126-01" + (10 + i))).channel())
        .toList();

    assertThat(channels).containsExactly(Channel.CUSTOMER_SERVICE, Channel.CUSTOMER_SERVICE, Channel.CUSTOMER_SERVICE,
        Channel.CUSTOMER_SERVICE, Channel.CUSTOMER_SERVICE, Channel.TEMPLATE);
    assertThat(api().sentMessagesTo(openId)).hasSize(6);
  }

  @Test
  void sendsTheSamePurposeToTheSameResidentOnce() {
    String openId = residentWhoJustWrote();

    OutboundMessage first = messenger.send(assigned(openId, "BX20261126-0015"));
    OutboundMessage second = messenger.send(assigned(openId, "BX20261126-0015"));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(api().sentMessagesTo(openId)).hasSize(1);
    assertThat(messenger.sentTo(APP, openId)).hasSize(1);
  }

  @Test
  void givesUpAtOnceWhenTheResidentRefusesMessages() throws InterruptedException {
    String openId = TestAccounts.newOpenId();
    api().follower(openId).failNext(FakeWechatApi.TEMPLATE_SEND, 1, 43101);

    OutboundMessage failed = messenger.send(assigned(openId, "BX20261126-0016"));

    assertThat(failed.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(failed.errorCode()).isEqualTo(43101);
    assertThat(failed.attempts()).isEqualTo(1);
    Thread.sleep(800);
    assertThat(messenger.find(APP, openId, purpose("BX20261126-0016")).orElseThrow().attempts()).isEqualTo(1);
    assertThat(api().sentMessagesTo(openId)).isEmpty();
  }

  @Test
  void retriesATransientErrorWithBackoffUntilItIsSent() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId).failNext(FakeWechatApi.TEMPLATE_SEND, 1, 45011);

    OutboundMessage first = messenger.send(assigned(openId, "BX20261126-0017"));

    assertThat(first.status()).isEqualTo(OutboundStatus.PENDING);
    assertThat(first.errorCode()).isEqualTo(45011);
    assertThat(first.nextAttemptAt()).isAfter(first.createdAt());
    SentMessage template = api().awaitSentMessage(m -> openId.equals(m.toUser()), WAIT);
    await().atMost(WAIT).untilAsserted(() -> {
      OutboundMessage retried = messenger.find(APP, openId, purpose("BX20261126-0017")).orElseThrow();
      assertThat(retried.status()).isEqualTo(OutboundStatus.SENT);
      assertThat(retried.attempts()).isEqualTo(2);
      assertThat(retried.wechatMsgId()).isEqualTo(template.msgId());
    });
  }

  @Test
  void givesUpOnTransientErrorsAfterTheLastAttempt() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId).failNext(FakeWechatApi.TEMPLATE_SEND, 3, 45011);

    messenger.send(assigned(openId, "BX20261126-0018"));

    await().atMost(WAIT).untilAsserted(() -> {
      OutboundMessage given = messenger.find(APP, openId, purpose("BX20261126-0018")).orElseThrow();
      assertThat(given.status()).isEqualTo(OutboundStatus.FAILED);
      assertThat(given.attempts()).isEqualTo(3);
      assertThat(given.errorCode()).isEqualTo(45011);
    });
    assertThat(api().sentMessagesTo(openId)).isEmpty();
  }

  @Test
  void sendsAMessageLeftPendingBeforeARestart() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
    jdbc.update("""
        insert into outbound_message (app_id, open_id, purpose, template_kind, template_data, status, attempts,
          next_attempt_at, client_msg_id, created_at, updated_at, version)
        values (?, ?, 'ticket:BX20261125-0099:assigned', 'ticket-progress', ?, 'PENDING', 1, ?, 'om-restart-1', ?, ?, 0)""",
        APP, openId, "number=BX20261125-0099\ntitle=电梯异响\nstate=已派单", past, past, past);

    SentMessage template = api().awaitSentMessage(m -> openId.equals(m.toUser()), WAIT);

    assertThat(template.templateId()).isEqualTo(TEMPLATE_ID);
    assertThat(template.body().getAsJsonObject("data").getAsJsonObject("thing2").get("value").getAsString())
        .isEqualTo("电梯异响");
    await().atMost(WAIT).untilAsserted(() -> assertThat(
        messenger.find(APP, openId, "ticket:BX20261125-0099:assigned").orElseThrow().status())
        .isEqualTo(OutboundStatus.SENT));
    assertThat(api().sentMessagesTo(openId)).hasSize(1);
  }

  @Test
  void recordsThatWechatDeliveredOrRejectedATemplateMessage() {
    String delivered = TestAccounts.newOpenId();
    String blocked = TestAccounts.newOpenId();
    api().follower(delivered, blocked);
    long deliveredId = messenger.send(assigned(delivered, "BX20261126-0019")).wechatMsgId();
    long blockedId = messenger.send(assigned(blocked, "BX20261126-0020")).wechatMsgId();

    TestAccounts.safe(port).push(PushMessage.templateSendJobFinish(delivered, deliveredId, "success"));
    TestAccounts.safe(port).push(PushMessage.templateSendJobFinish(blocked, blockedId, "failed:user block"));

    assertThat(messenger.find(APP, delivered, purpose("BX20261126-0019")).orElseThrow().status())
        .isEqualTo(OutboundStatus.DELIVERED);
    OutboundMessage rejected = messenger.find(APP, blocked, purpose("BX20261126-0020")).orElseThrow();
    assertThat(rejected.status()).isEqualTo(OutboundStatus.REJECTED);
    assertThat(rejected.lastError()).isEqualTo("failed:user block");
  }

  @Test
  void takesADeliveryReportThatArrivesBeforeTheSendIsRecorded() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId).pushEventsTo(TestAccounts.safe(port));
    try {
      messenger.send(assigned(openId, "BX20261126-0021"));

      await().atMost(WAIT).untilAsserted(() -> assertThat(
          messenger.find(APP, openId, purpose("BX20261126-0021")).orElseThrow().status())
          .isEqualTo(OutboundStatus.DELIVERED));
    } finally {
      api().pushEventsTo(null);
    }
  }

  @Test
  void sendsNothingTwiceWhenTwoThreadsAskForTheSamePurposeAtOnce() throws Exception {
    String openId = residentWhoJustWrote();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<OutboundMessage>> sends = IntStream.range(0, 2).mapToObj(i -> threads.submit(() -> {
        start.await();
        return messenger.send(assigned(openId, "BX20261126-0022"));
      })).toList();
      start.countDown();

      assertThat(sends.get(0).get().id()).isEqualTo(sends.get(1).get().id());
    } finally {
      threads.shutdownNow();
    }
    assertThat(api().sentMessagesTo(openId)).hasSize(1);
  }

  @Test
  void failsATextOnlyMessageWhenTheWindowIsClosed() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);

    OutboundMessage failed = messenger.send(ResidentMessage.of(APP, openId, "survey:BX20261126-0023:reminder",
        "请为本次维修服务打分：回复 1-5", null));

    assertThat(failed.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(failed.errorCode()).isEqualTo(45015);
    assertThat(api().sentMessagesTo(openId)).isEmpty();
  }

  @Test
  void failsWithoutCallingWechatWhenNoTemplateIsConfiguredForTheKind() {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    int templateCalls = api().calls(FakeWechatApi.TEMPLATE_SEND);

    OutboundMessage failed = messenger.send(ResidentMessage.of(APP, openId, "notice:2026-11-28:water",
        "11月28日 9:00-12:00 3号楼停水", new ResidentMessage.Template("community-notice", Map.of("thing1", "3号楼停水"))));

    assertThat(failed.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(failed.lastError()).contains("community-notice");
    assertThat(api().calls(FakeWechatApi.TEMPLATE_SEND)).isEqualTo(templateCalls);
  }

  @Test
  void countsMessagesByChannelAndStatus() {
    double before = sentTemplates();
    String openId = TestAccounts.newOpenId();
    api().follower(openId);

    messenger.send(assigned(openId, "BX20261126-0024"));

    assertThat(sentTemplates()).isEqualTo(before + 1);
  }

  private double sentTemplates() {
    var counter = meters.find("resident.messages").tags("channel", "template", "status", "sent").counter();
    return counter == null ? 0 : counter.count();
  }

  private String residentWhoJustWrote() {
    String openId = TestAccounts.newOpenId();
    PushMessage message = PushMessage.text(openId, "我家厨房水管漏水了");
    TestAccounts.safe(port).push(message);
    api().observe(message);
    return openId;
  }

  private static String purpose(String ticket) {
    return "ticket:" + ticket + ":assigned";
  }

  private static ResidentMessage assigned(String openId, String ticket) {
    return ResidentMessage.of(APP, openId, purpose(ticket),
        "您的报修单 " + ticket + " 已派给水电组王师傅，预计今天 14:00 上门。",
        new ResidentMessage.Template("ticket-progress", Map.of(
            "number", ticket,
            "title", "三号楼二单元1502室厨房水槽下方水管接口漏水",
            "state", "已派单")));
  }
}
