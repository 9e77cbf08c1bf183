package com.wuyebot.integration.wechat.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.state.InMemoryStateStore;
import com.wuyebot.integration.state.RedisStateStore;
import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.testsupport.TestRedis;
import com.wuyebot.integration.wechat.WechatAccount;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway through real WxJava and real HTTP to a local fake of WeChat's API. */
class WechatGatewayIT {

  private static final String APP_ID = "wx1b2c3d4e5f607182";
  private static final String SECRET = "gateway-secret";
  private static final String OPENID = "oGateway0000000000000000001";

  private final FakeWechatApi api = new FakeWechatApi().app(APP_ID, SECRET).follower(OPENID)
      .template("TPL_REPAIR").media("MEDIA_1", "leak.jpg", new byte[] {1, 2, 3}).start();
  private final WechatGateway gateway = gateway(new InMemoryStateStore());

  private WechatGateway gateway(StateStore store) {
    return new WechatGateway(List.of(new WechatAccount(APP_ID, SECRET, "token", null)),
        new WechatGateway.Settings(api.baseUrl() + "/", 2, Duration.ofMillis(20)), store, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void sendsCustomerServiceTextAndNews() {
    gateway.sendText(APP_ID, OPENID, "维修师傅预计 14:00 上门");
    gateway.send(APP_ID, OPENID, Reply.news("报修进度", "点击查看", "https://example.com/t/1", null));

    assertThat(api.awaitSentMessages(2, Duration.ofSeconds(5)))
        .extracting(m -> m.msgType()).containsExactly("text", "news");
    assertThat(api.sentMessages().get(0).content()).isEqualTo("维修师傅预计 14:00 上门");
  }

  @Test
  void sendsTemplateMessagesAndReturnsTheirMsgId() {
    long msgId = gateway.sendTemplate(APP_ID, new TemplateMessage(OPENID, "TPL_REPAIR", "https://example.com/t/1",
        Map.of("character_string1", "BX20261126-0012", "phrase2", "已派单"), "ticket-1-assigned"));

    assertThat(msgId).isPositive();
    assertThat(api.sentMessages()).singleElement().satisfies(m -> assertThat(m.templateId()).isEqualTo("TPL_REPAIR"));
  }

  @Test
  void readsUserInfoAndDownloadsMedia() {
    WechatUser user = gateway.userInfo(APP_ID, OPENID);
    byte[] photo = gateway.downloadMedia(APP_ID, "MEDIA_1");

    assertThat(user.subscribed()).isTrue();
    assertThat(user.openId()).isEqualTo(OPENID);
    assertThat(photo).containsExactly(1, 2, 3);
  }

  @Test
  void refreshesAnInvalidatedTokenOnceAndRetries() {
    gateway.sendText(APP_ID, OPENID, "第一条");
    api.invalidateTokens(APP_ID);

    gateway.sendText(APP_ID, OPENID, "第二条");

    assertThat(api.awaitSentMessages(2, Duration.ofSeconds(5))).hasSize(2);
    assertThat(api.tokenFetches(APP_ID)).isEqualTo(2);
  }

  @Test
  void retriesSystemBusyWithBackoff() {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 2, -1);

    gateway.sendText(APP_ID, OPENID, "忙也要送到");

    assertThat(api.awaitSentMessages(1, Duration.ofSeconds(5))).hasSize(1);
  }

  @Test
  void classifiesPermanentErrorsAndDoesNotRetryThem() {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 1, 43004);
    int callsBefore = api.calls(FakeWechatApi.CUSTOM_SEND);

    assertThatThrownBy(() -> gateway.sendText(APP_ID, OPENID, "x"))
        .isInstanceOfSatisfying(WechatApiException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(43004);
          assertThat(e.failure()).isEqualTo(ApiFailure.RECIPIENT_UNREACHABLE);
        });
    assertThat(api.calls(FakeWechatApi.CUSTOM_SEND) - callsBefore).isEqualTo(1);
  }

  @Test
  void stopsCallingAnApiForTheDayAfterItsQuotaIsUsedUp() {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 1, 45009);
    assertThatThrownBy(() -> gateway.sendText(APP_ID, OPENID, "x"))
        .isInstanceOfSatisfying(WechatApiException.class, e -> assertThat(e.failure()).isEqualTo(ApiFailure.QUOTA_EXHAUSTED));
    int callsAfterQuota = api.calls(FakeWechatApi.CUSTOM_SEND);

    assertThatThrownBy(() -> gateway.sendText(APP_ID, OPENID, "y")).isInstanceOf(WechatApiException.class);
    assertThat(api.calls(FakeWechatApi.CUSTOM_SEND)).isEqualTo(callsAfterQuota);
  }

  @Test
  void windowErrorsAskForATemplateMessage() {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 1, 45015);

    assertThatThrownBy(() -> gateway.sendText(APP_ID, OPENID, "x"))
        .isInstanceOfSatisfying(WechatApiException.class, e -> assertThat(e.failure()).isEqualTo(ApiFailure.WINDOW_CLOSED));
  }

  @Test
  void instancesSharingRedisFetchOneAccessToken() throws Exception {
    String namespace = "gateway-it-" + UUID.randomUUID();
    try (RedisStateStore storeA = RedisStateStore.connect(TestRedis.url(), namespace, Duration.ofSeconds(2));
        RedisStateStore storeB = RedisStateStore.connect(TestRedis.url(), namespace, Duration.ofSeconds(2))) {
      WechatGateway a = gateway(storeA);
      WechatGateway b = gateway(storeB);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
          WechatGateway instance = i % 2 == 0 ? a : b;
          tokens.add(pool.submit(() -> instance.accessToken(APP_ID)));
        }
        for (Future<String> token : tokens) {
          assertThat(token.get()).isEqualTo(tokens.get(0).get());
        }
      } finally {
        pool.shutdown();
      }
      assertThat(api.tokenFetches(APP_ID)).isEqualTo(1);
    }
  }
}
