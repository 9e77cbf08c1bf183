package com.wuyebot.integration.tools;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;

import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.AES_KEY;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.APP_ID;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.GH;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.OPENID;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class WechatPushClientRoundTripTest {

  private final EchoPortal portal = EchoPortal.start(TOKEN, AES_KEY, APP_ID);

  @AfterEach
  void stopPortal() {
    portal.close();
  }

  private WechatPushClient client(PushMode mode) {
    return new WechatPushClient(portal.url(), new PushAccount(TOKEN, AES_KEY, APP_ID, GH), mode);
  }

  @ParameterizedTest
  @EnumSource(PushMode.class)
  void textRoundTripsThroughWxJavaInEveryMode(PushMode mode) {
    PushResult result = client(mode).push(PushMessage.text(OPENID, "物业费怎么交"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.reply()).isNotNull();
    assertThat(result.reply().content()).isEqualTo("收到：物业费怎么交");
    assertThat(result.reply().toUser()).isEqualTo(OPENID);
    assertThat(result.reply().fromUser()).isEqualTo(GH);
    assertThat(result.reply().encrypted()).isEqualTo(mode.encrypted());
    WxMpXmlMessage received = portal.received().get(0);
    assertThat(received.getContent()).isEqualTo("物业费怎么交");
    assertThat(received.getMsgId()).isPositive();
  }

  @Test
  void parsesNewsAndTransferReplies() {
    WechatPushClient client = client(PushMode.SAFE);

    PassiveReply news = client.push(PushMessage.subscribe(OPENID)).reply();
    PassiveReply transfer = client.push(PushMessage.click(OPENID, "MENU_AGENT")).reply();

    assertThat(news.msgType()).isEqualTo("news");
    assertThat(news.articles()).containsExactly(
        new PassiveReply.Article("欢迎关注", "点击绑定房屋", "https://example.com/p.png", "https://example.com/bind"));
    assertThat(transfer.msgType()).isEqualTo("transfer_customer_service");
    assertThat(transfer.kfAccount()).isEqualTo("kf2001@" + GH);
  }

  @Test
  void eventWithoutReplyIsAcknowledged() {
    PushResult result = client(PushMode.SAFE).push(PushMessage.view(OPENID, "https://example.com/bills"));

    assertThat(result.acknowledgedWithoutReply()).isTrue();
    assertThat(portal.received().get(0).getEvent()).isEqualTo("VIEW");
  }

  @Test
  void assignsDistinctMsgIds() {
    WechatPushClient client = client(PushMode.PLAIN);

    client.push(PushMessage.text(OPENID, "一"));
    client.push(PushMessage.text(OPENID, "二"));

    assertThat(portal.received()).extracting(WxMpXmlMessage::getMsgId).doesNotHaveDuplicates();
  }

  @Test
  void retriesResendTheSameMessageWithFreshSignatures() {
    WechatPushClient client = client(PushMode.SAFE);
    Envelope envelope = client.envelope(PushMessage.text(OPENID, "电梯坏了"));

    List<PushResult> results = client.deliverRepeatedly(envelope, 3, Duration.ofMillis(10));

    assertThat(results).allSatisfy(r -> assertThat(r.reply().content()).isEqualTo("收到：电梯坏了"));
    assertThat(portal.received()).extracting(WxMpXmlMessage::getMsgId).containsOnly(portal.received().get(0).getMsgId());
    assertThat(portal.received()).hasSize(3);
  }

  @Test
  void refusedWhenSignatureOrMsgSignatureIsWrong() {
    WechatPushClient client = client(PushMode.SAFE);
    Envelope envelope = client.envelope(PushMessage.text(OPENID, "hi"));

    PushResult badSignature = client.deliver(envelope, Signing.fresh().withSignature("0".repeat(40)));
    PushResult badMsgSignature = client.deliver(envelope, Signing.fresh().withMsgSignature("0".repeat(40)));
    PushResult missingNonce = client.deliver(envelope, Signing.fresh().omitting("nonce"));

    assertThat(List.of(badSignature, badMsgSignature, missingNonce)).allSatisfy(r -> assertThat(r.ok()).isFalse());
    assertThat(portal.refused()).isEqualTo(3);
    assertThat(portal.received()).isEmpty();
  }

  @Test
  void urlVerificationEchoesOnlyWithAValidSignature() {
    WechatPushClient client = client(PushMode.PLAIN);

    PushResult good = client.verifyUrl("4375120948345356249");
    PushResult bad = client.verifyUrl("4375120948345356249", Signing.fresh().withSignature("f".repeat(40)));

    assertThat(good.status()).isEqualTo(200);
    assertThat(good.body()).isEqualTo("4375120948345356249");
    assertThat(bad.status()).isEqualTo(403);
  }
}
