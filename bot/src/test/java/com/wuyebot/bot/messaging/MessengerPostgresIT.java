package com.wuyebot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The outbound record's unique purpose and the retry job's claim work on PostgreSQL as on H2. */
@TestPropertySource(properties = {
    "bot.messenger.templates.ticket-progress.template-id=" + MessengerPostgresIT.TEMPLATE_ID,
    "bot.messenger.templates.ticket-progress.keywords.number=character_string1",
    "bot.messenger.retry-poll=200ms",
    "bot.messenger.retry-first-delay=200ms"})
class MessengerPostgresIT extends RunningBotOnPostgres {

  static final String TEMPLATE_ID = "tpl-ticket-progress-pg";

  @Autowired
  ResidentMessenger messenger;

  @Test
  void sendsOncePerPurposeAndRetriesTransientErrorsOnPostgres() {
    String openId = TestAccounts.newOpenId();
    api().template(TEMPLATE_ID).follower(openId).failNext(FakeWechatApi.TEMPLATE_SEND, 1, 45011);
    ResidentMessage message = ResidentMessage.of(TestAccounts.SAFE_APP_ID, openId, "ticket:BX20261126-0031:resolved",
        "您的报修单 BX20261126-0031 已处理完成。",
        new ResidentMessage.Template("ticket-progress", Map.of("number", "BX20261126-0031")));

    OutboundMessage first = messenger.send(message);
    OutboundMessage again = messenger.send(message);

    assertThat(first.status()).isEqualTo(OutboundStatus.PENDING);
    assertThat(again.id()).isEqualTo(first.id());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        messenger.find(TestAccounts.SAFE_APP_ID, openId, "ticket:BX20261126-0031:resolved").orElseThrow().status())
        .isEqualTo(OutboundStatus.SENT));
    assertThat(api().sentMessagesTo(openId)).hasSize(1);
  }
}
