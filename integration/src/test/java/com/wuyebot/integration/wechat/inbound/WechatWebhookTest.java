package com.wuyebot.integration.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.wuyebot.integration.state.InMemoryStateStore;
import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.testsupport.UnavailableStateStore;
import com.wuyebot.integration.testsupport.Vectors;
import com.wuyebot.integration.wechat.WechatAccount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class WechatWebhookTest {

  private static final JsonObject OWN = Vectors.ownAccount();
  private static final String APP_ID = OWN.get("appid").getAsString();
  private static final String TOKEN = OWN.get("token").getAsString();
  private static final String AES_KEY = OWN.get("encoding_aes_key").getAsString();
  private static final String OPENID = OWN.get("openid").getAsString();
  private static final Instant NOW = Instant.ofEpochSecond(1_700_000_100);

  private final AtomicInteger handled = new AtomicInteger();
  private final List<InboundMessage> messages = new CopyOnWriteArrayList<>();
  private final List<Reply> lateReplies = new CopyOnWriteArrayList<>();
  private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final StateStore store = new InMemoryStateStore();
  private volatile Duration handlerDelay = Duration.ZERO;

  private final IncomingMessageHandler echo = message -> {
    handled.incrementAndGet();
    messages.add(message);
    sleep(handlerDelay);
    if (message.isEvent("subscribe")) {
      return Reply.text("欢迎关注");
    }
    return message.text() == null ? Reply.none() : Reply.text("收到：" + message.text());
  };

  private WechatWebhook webhook = webhook(WebhookSettings.defaults());

  private WechatWebhook webhook(WebhookSettings settings) {
    return webhook(settings, NOW);
  }

  private WechatWebhook webhookAt(Instant now) {
    return webhook(WebhookSettings.defaults(), now);
  }

  private WechatWebhook webhook(WebhookSettings settings, Instant now) {
    WebhookObserver observer = new WebhookObserver() {
      @Override
      public void refused(Refusal refusal) {
        refusals.add(refusal);
      }
    };
    return new WechatWebhook(List.of(new WechatAccount(APP_ID, "secret", TOKEN, AES_KEY)), echo, store,
        (appId, openId, reply) -> lateReplies.add(reply), executor, settings, observer, Clock.fixed(now, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void echoesTheOfficialUrlVerificationVector() {
    JsonObject s1 = Vectors.byId("signature", "S1-official-verify-get");
    WechatWebhook official = new WechatWebhook(List.of(new WechatAccount("wxofficial", null, "AAAAA", null)), echo, store,
        (a, o, r) -> { }, executor, WebhookSettings.defaults(), new WebhookObserver() { },
        Clock.fixed(Instant.ofEpochSecond(1714036504), ZoneOffset.UTC));
    Map<String, String> query = Map.of("signature", s1.get("signature").getAsString(), "timestamp", "1714036504",
        "nonce", "1514711492", "echostr", "4375120948345356249");

    WebhookResponse response = official.verifyUrl("wxofficial", query);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("4375120948345356249");
  }

  @Test
  void refusesUrlVerificationWithAWrongSignature() {
    Map<String, String> query = new HashMap<>(signedQuery());
    query.put("echostr", "12345");
    query.put("signature", "0".repeat(40));

    WebhookResponse response = webhook.verifyUrl(APP_ID, query);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("12345");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E5-text", "E5-compat"})
  void decryptsSafeModeEnvelopesAndRepliesEncrypted(String id) {
    JsonObject envelope = Vectors.byId("envelopes", id);
    webhook = webhookAt(Instant.ofEpochSecond(1_700_000_000));

    WebhookResponse response = post(Vectors.query(envelope), envelope.get("body").getAsString());

    assertThat(response.status()).isEqualTo(200);
    assertThat(handled).hasValue(1);
    assertThat(messages.get(0).type()).isEqualTo(MessageType.TEXT);
    assertThat(messages.get(0).openId()).isEqualTo(OPENID);
    Map<String, Object> reply = decryptReply(response.body());
    assertThat(reply.get("ToUserName")).isEqualTo(OPENID);
    assertThat(reply.get("FromUserName")).isEqualTo("gh_a1b2c3d4e5f6");
    assertThat((String) reply.get("Content")).startsWith("收到：");
  }

  @Test
  void decryptsTheFullPaddingBlockAndSubscribeEnvelopes() {
    for (String id : List.of("E6-subscribe", "E7-padding")) {
      JsonObject envelope = Vectors.byId("envelopes", id);
      webhook = webhookAt(Instant.ofEpochSecond(Long.parseLong(Vectors.query(envelope).get("timestamp"))));
      assertThat(post(Vectors.query(envelope), envelope.get("body").getAsString()).status()).isEqualTo(200);
    }
    assertThat(handled).hasValue(2);
    assertThat(messages.get(0).isEvent("subscribe")).isTrue();
    assertThat(messages.get(0).eventKey()).isEqualTo("qrscene_bld3_unit2");
  }

  @ParameterizedTest
  @FieldSource("com.wuyebot.integration.testsupport.Vectors#SAMPLES")
  void acceptsEverySampleInPlaintext(String sample) {
    WebhookResponse response = post(signedQuery(), Vectors.sample(sample));

    assertThat(response.status()).isEqualTo(200);
    assertThat(handled).hasValue(1);
    assertThat(refusals).isEmpty();
  }

  @Test
  void readsTheCountsOfAMassJobReportAndOfNothingElse() {
    post(signedQuery(), Vectors.sample("event_masssendjobfinish.xml"));
    post(signedQuery("n2"), Vectors.sample("event_templatesendjobfinish.xml"));

    InboundMessage mass = messages.get(0);
    assertThat(mass.isEvent("MASSSENDJOBFINISH")).isTrue();
    assertThat(mass.msgId()).isEqualTo(1000001625L);
    assertThat(mass.status()).isEqualTo("send success");
    assertThat(mass.massJob()).isEqualTo(new InboundMessage.MassJobCounts(1200, 1180, 1175, 5));
    assertThat(messages.get(1).massJob()).isNull();
  }

  @Test
  void acceptsUnknownMessageTypes() {
    String xml = "<xml><ToUserName><![CDATA[gh_a1b2c3d4e5f6]]></ToUserName><FromUserName><![CDATA[" + OPENID
        + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[hologram]]></MsgType><MsgId>42</MsgId></xml>";

    WebhookResponse response = post(signedQuery(), xml);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("success");
    assertThat(messages.get(0).type()).isEqualTo(MessageType.UNKNOWN);
  }

  @Test
  void answersARetryWithTheSameReplyWithoutProcessingAgain() {
    String xml = Vectors.sample("text.xml");
    WebhookResponse first = post(signedQuery(), xml);
    WebhookResponse retry = post(signedQuery("other-nonce"), xml);

    assertThat(handled).hasValue(1);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(content(retry.body())).isEqualTo(content(first.body()));
  }

  @Test
  void deduplicatesEventsWithoutMsgId() {
    String xml = Vectors.sample("event_subscribe.xml");
    post(signedQuery(), xml);
    post(signedQuery("n2"), xml);
    post(signedQuery("n3"), xml);

    assertThat(handled).hasValue(1);
  }

  @Test
  void answersSuccessAndSendsLateWhenTheHandlerIsSlow() {
    handlerDelay = Duration.ofMillis(600);
    webhook = webhook(new WebhookSettings(Duration.ofSeconds(300), Duration.ofMillis(150), Duration.ofSeconds(60), 65536));

    WebhookResponse response = post(signedQuery(), Vectors.sample("text.xml"));

    assertThat(response.body()).isEqualTo("success");
    await().atMost(Duration.ofSeconds(5)).until(() -> lateReplies.size() == 1);
    assertThat(((Reply.Text) lateReplies.get(0)).content()).startsWith("收到：");
  }

  @Test
  void aRetryDuringSlowProcessingNeverProcessesTwiceAndTheAnswerStillGoesOut() throws Exception {
    handlerDelay = Duration.ofMillis(700);
    webhook = webhook(new WebhookSettings(Duration.ofSeconds(300), Duration.ofMillis(300), Duration.ofSeconds(60), 65536));
    String xml = Vectors.sample("text.xml");

    Future<WebhookResponse> first = executor.submit(() -> post(signedQuery(), xml));
    Thread.sleep(50);
    WebhookResponse retry = post(signedQuery("retry"), xml);

    assertThat(first.get().body()).isEqualTo("success");
    assertThat(retry.body()).isEqualTo("success");
    await().atMost(Duration.ofSeconds(5)).until(() -> lateReplies.size() == 1);
    Thread.sleep(300);
    assertThat(lateReplies).hasSize(1);
    assertThat(handled).hasValue(1);
  }

  @Test
  void aRetryWhileTheFirstDeliveryIsStillInTimeGetsTheSameReply() throws Exception {
    handlerDelay = Duration.ofMillis(300);
    String xml = Vectors.sample("text.xml");

    Future<WebhookResponse> first = executor.submit(() -> post(signedQuery(), xml));
    Thread.sleep(50);
    WebhookResponse retry = post(signedQuery("retry"), xml);

    assertThat(content(retry.body())).isEqualTo(content(first.get().body())).startsWith("收到：");
    assertThat(handled).hasValue(1);
    assertThat(lateReplies).isEmpty();
  }

  @Test
  void takesOverAMessageWhoseFirstDeliveryDiedMidProcessing() {
    String abandonedClaim = "P:" + NOW.minusSeconds(30).toEpochMilli();
    store.set("wx:dedup:" + APP_ID + ":m:24285736153859431", abandonedClaim, Duration.ofSeconds(60));

    WebhookResponse retry = post(signedQuery("retry"), Vectors.sample("text.xml"));

    assertThat(content(retry.body())).startsWith("收到：");
    assertThat(handled).hasValue(1);
  }

  @Test
  void aRetryThatSaidSuccessAnswersItselfWhenTheFirstDeliveryNeverFinishes() {
    webhook = webhook(new WebhookSettings(Duration.ofSeconds(300), Duration.ofMillis(100), Duration.ofSeconds(60), 65536));
    // the first delivery claimed the message, then its instance died without a trace
    store.set("wx:dedup:" + APP_ID + ":m:24285736153859431", "P:" + NOW.toEpochMilli(), Duration.ofSeconds(60));

    WebhookResponse retry = post(signedQuery("retry"), Vectors.sample("text.xml"));

    assertThat(retry.body()).isEqualTo("success");
    await().atMost(Duration.ofSeconds(5)).until(() -> lateReplies.size() == 1);
    assertThat(((Reply.Text) lateReplies.get(0)).content()).startsWith("收到：");
    assertThat(handled).hasValue(1);
  }

  @Test
  void takesOverALateMessageWhoseOwnerIsLongGone() {
    store.set("wx:dedup:" + APP_ID + ":m:24285736153859431", "L:" + NOW.minusSeconds(60).toEpochMilli(), Duration.ofSeconds(60));

    WebhookResponse retry = post(signedQuery("retry"), Vectors.sample("text.xml"));

    assertThat(content(retry.body())).startsWith("收到：");
    assertThat(handled).hasValue(1);
  }

  @Test
  void doesNotTakeOverAFreshClaimOfALiveDelivery() {
    webhook = webhook(new WebhookSettings(Duration.ofSeconds(300), Duration.ofMillis(100), Duration.ofSeconds(60), 65536));
    store.set("wx:dedup:" + APP_ID + ":m:24285736153859431", "P:" + NOW.toEpochMilli(), Duration.ofSeconds(60));

    WebhookResponse retry = post(signedQuery("retry"), Vectors.sample("text.xml"));

    assertThat(retry.body()).isEqualTo("success");
    assertThat(handled).hasValue(0);
  }

  @Test
  void keepsAnsweringWhenTheStateStoreIsDown() {
    StateStore down = new UnavailableStateStore();
    AtomicInteger unavailable = new AtomicInteger();
    WechatWebhook degraded = new WechatWebhook(List.of(new WechatAccount(APP_ID, "secret", TOKEN, AES_KEY)), echo, down,
        (a, o, r) -> lateReplies.add(r), executor, WebhookSettings.defaults(), new WebhookObserver() {
          @Override
          public void dedupUnavailable() {
            unavailable.incrementAndGet();
          }
        }, Clock.fixed(NOW, ZoneOffset.UTC));

    WebhookResponse response = degraded.receive(APP_ID, signedQuery(), body(Vectors.sample("text.xml")));

    assertThat(content(response.body())).startsWith("收到：");
    assertThat(unavailable).hasValue(1);
  }

  @Test
  void refusesAWrongSignature() {
    Map<String, String> query = new HashMap<>(signedQuery());
    query.put("signature", SHA1.gen("wrong-token", query.get("timestamp"), query.get("nonce")));

    assertRefused(post(query, Vectors.sample("text.xml")), 403, Refusal.BAD_SIGNATURE);
  }

  @Test
  void refusesATimestampOutsideTheWindow() {
    Map<String, String> query = signedQuery("n", NOW.minusSeconds(301));

    assertRefused(post(query, Vectors.sample("text.xml")), 403, Refusal.STALE_TIMESTAMP);
  }

  @Test
  void refusesMissingParameters() {
    assertRefused(post(Map.of("timestamp", "1"), Vectors.sample("text.xml")), 400, Refusal.MISSING_PARAMETER);
  }

  @Test
  void refusesAnUnknownAccount() {
    WebhookResponse response = webhook.receive("wx0000000000000000", signedQuery(), body(Vectors.sample("text.xml")));

    assertRefused(response, 404, Refusal.UNKNOWN_ACCOUNT);
  }

  @Test
  void refusesAnOversizedBody() {
    String huge = "<xml><Content><![CDATA[" + "漏".repeat(30_000) + "]]></Content></xml>";

    assertRefused(post(signedQuery(), huge), 413, Refusal.BODY_TOO_LARGE);
  }

  @Test
  void refusesDoctypeAndEntityExpansion() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime>"
        + "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>";

    WebhookResponse response = post(signedQuery(), xxe);

    assertRefused(response, 400, Refusal.DOCTYPE);
    assertThat(response.body()).doesNotContain("root:");
  }

  @Test
  void refusesMalformedXml() {
    assertRefused(post(signedQuery(), "<xml><FromUserName>unclosed"), 400, Refusal.MALFORMED_XML);
    assertRefused(post(signedQuery(), "{\"json\": true}"), 400, Refusal.MALFORMED_XML);
    assertRefused(post(signedQuery(), "<xml><Content>no sender</Content></xml>"), 400, Refusal.MALFORMED_XML);
  }

  @Test
  void refusesATamperedMsgSignature() {
    JsonObject envelope = Vectors.byId("envelopes", "E5-text");
    webhook = webhookAt(Instant.ofEpochSecond(1_700_000_000));
    Map<String, String> query = new HashMap<>(Vectors.query(envelope));
    query.put("msg_signature", "f".repeat(40));

    assertRefused(post(query, envelope.get("body").getAsString()), 403, Refusal.BAD_MSG_SIGNATURE);
  }

  @Test
  void refusesTamperedCiphertextEvenWithAMatchingMsgSignature() {
    Map<String, String> query = new HashMap<>(signedQuery());
    String cipherText = "AAAA" + new WxCryptUtil(TOKEN, AES_KEY, APP_ID).encrypt("Rnd16ForTextMsg1", Vectors.sample("text.xml")).substring(4);
    query.put("encrypt_type", "aes");
    query.put("msg_signature", SHA1.gen(TOKEN, query.get("timestamp"), query.get("nonce"), cipherText));

    WebhookResponse response = post(query, "<xml><Encrypt><![CDATA[" + cipherText + "]]></Encrypt></xml>");

    assertThat(response.status()).isIn(400, 403);
    assertThat(handled).hasValue(0);
  }

  /** Policy (PROTOCOL.md §9.7): a ciphertext made for another AppID is refused, though WxJava would accept it. */
  @Test
  void refusesCiphertextAddressedToAnotherAppId() {
    Map<String, String> query = new HashMap<>(signedQuery());
    String cipherText = new WxCryptUtil(TOKEN, AES_KEY, "wxffffffffffffffff").encrypt("Rnd16ForTextMsg1", Vectors.sample("text.xml"));
    query.put("encrypt_type", "aes");
    query.put("msg_signature", SHA1.gen(TOKEN, query.get("timestamp"), query.get("nonce"), cipherText));

    assertRefused(post(query, "<xml><Encrypt><![CDATA[" + cipherText + "]]></Encrypt></xml>"), 403, Refusal.WRONG_APPID);
  }

  @Test
  void acceptsCiphertextOfOurOwnAppId() {
    Map<String, String> query = new HashMap<>(signedQuery());
    String cipherText = new WxCryptUtil(TOKEN, AES_KEY, APP_ID).encrypt("Rnd16ForTextMsg1", Vectors.sample("image.xml"));
    query.put("encrypt_type", "aes");
    query.put("msg_signature", SHA1.gen(TOKEN, query.get("timestamp"), query.get("nonce"), cipherText));

    assertThat(post(query, "<xml><Encrypt><![CDATA[" + cipherText + "]]></Encrypt></xml>").status()).isEqualTo(200);
    assertThat(messages.get(0).type()).isEqualTo(MessageType.IMAGE);
    assertThat(messages.get(0).mediaId()).isNotBlank();
  }

  private void assertRefused(WebhookResponse response, int status, Refusal refusal) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    assertThat(refusals).contains(refusal);
    assertThat(handled).hasValue(0);
  }

  private WebhookResponse post(Map<String, String> query, String xml) {
    return webhook.receive(APP_ID, query, body(xml));
  }

  private static ByteArrayInputStream body(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> signedQuery() {
    return signedQuery("1320562132");
  }

  private static Map<String, String> signedQuery(String nonce) {
    return signedQuery(nonce, NOW);
  }

  private static Map<String, String> signedQuery(String nonce, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return Map.of("timestamp", timestamp, "nonce", nonce, "signature", SHA1.gen(TOKEN, timestamp, nonce), "openid", OPENID);
  }

  private static Map<String, Object> decryptReply(String body) {
    Map<String, Object> envelope = XmlUtils.xml2Map(body);
    String encrypt = (String) envelope.get("Encrypt");
    String expected = SHA1.gen(TOKEN, (String) envelope.get("TimeStamp"), (String) envelope.get("Nonce"), encrypt);
    assertThat(envelope.get("MsgSignature")).isEqualTo(expected);
    return XmlUtils.xml2Map(new WxCryptUtil(TOKEN, AES_KEY, APP_ID).decrypt(encrypt));
  }

  private static String content(String replyXml) {
    return (String) XmlUtils.xml2Map(replyXml).get("Content");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
