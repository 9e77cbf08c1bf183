package com.wuyebot.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.WechatPushClient;
import com.wuyebot.integration.wechat.inbound.IncomingMessageHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/** When the answer takes longer than WeChat waits, WeChat gets `success` and the answer arrives by customer-service message. */
@TestPropertySource(properties = "wechat.reply-timeout=200ms")
class LateReplyIT extends RunningBot {


  @TestConfiguration
  static class SlowAnswers {
    @Bean
    @Primary
    IncomingMessageHandler slowHandler(@Qualifier("conversationEngine") IncomingMessageHandler engine) {
      return message -> {
        try {
          Thread.sleep(600);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return engine.handle(message);
      };
    }
  }

  @Test
  void answersSuccessInTimeAndSendsTheReplyOnceByCustomerServiceMessage() throws Exception {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    WechatPushClient wechat = TestAccounts.safe(port);
    Envelope message = wechat.envelope(PushMessage.text(openId, "请问物业几点下班"));

    CompletableFuture<PushResult> first = CompletableFuture.supplyAsync(() -> wechat.deliver(message));
    Thread.sleep(100);
    PushResult retry = wechat.deliver(message);

    assertThat(first.get().body()).isEqualTo("success");
    assertThat(retry.body()).isEqualTo("success");
    assertThat(first.get().latency()).isLessThan(Duration.ofSeconds(4));
    SentMessage sent = api().awaitSentMessage(m -> openId.equals(m.toUser()), Duration.ofSeconds(10));
    assertThat(sent.msgType()).isEqualTo("text");
    assertThat(sent.content()).contains("400-800-1234");
    Thread.sleep(800);
    List<SentMessage> all = api().sentMessagesTo(openId);
    assertThat(all).hasSize(1);
  }
}
