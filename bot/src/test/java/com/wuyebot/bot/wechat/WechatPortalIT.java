package com.wuyebot.bot.wechat;

import static com.wuyebot.bot.testsupport.TestAccounts.GH_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.resident.ResidentDirectory;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushMode;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.Signing;
import com.wuyebot.integration.testsupport.Vectors;
import com.wuyebot.integration.tools.WechatPushClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhook over real HTTP, with WeChat played by the push client and WeChat's API by a local fake. */
class WechatPortalIT extends RunningBot {


  @Autowired
  MeterRegistry meters;

  @Autowired
  ResidentDirectory residents;

  @Test
  void verifiesTheServerUrlOnlyWithAValidSignature() {
    WechatPushClient wechat = TestAccounts.safe(port);

    assertThat(wechat.verifyUrl("4375120948345356249").body()).isEqualTo("4375120948345356249");
    PushResult forged = wechat.verifyUrl("4375120948345356249", Signing.fresh().withSignature("0".repeat(40)));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).doesNotContain("4375120948345356249");
  }

  @ParameterizedTest
  @EnumSource(PushMode.class)
  void answersATextMessageInEveryMode(PushMode mode) {
    PushResult result = TestAccounts.client(port, mode).push(PushMessage.text(TestAccounts.newOpenId(), "请问物业电话多少"));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.reply()).isNotNull();
    assertThat(result.reply().encrypted()).isEqualTo(mode != PushMode.PLAIN);
    assertThat(result.reply().fromUser()).isEqualTo(GH_ID);
    assertThat(result.reply().content()).isNotBlank();
  }

  @ParameterizedTest
  @FieldSource("com.wuyebot.integration.testsupport.Vectors#SAMPLES")
  void acceptsEverySampleMessageAndEvent(String sample) {
    String openId = TestAccounts.newOpenId();
    String xml = Vectors.sample(sample).replace("oXyZ1234567890abcdefghijklmn", openId);

    PushResult result = TestAccounts.safe(port).pushXml(openId, xml);

    assertThat(result.status()).isEqualTo(200);
  }

  @Test
  void welcomesANewFollowerAndRecordsTheFollow() {
    String openId = TestAccounts.newOpenId();

    PushResult result = TestAccounts.safe(port).push(PushMessage.subscribeByQrCode(openId, "bld3_unit2", "ticket"));

    assertThat(result.reply().content()).contains("欢迎关注").contains("报修");
    assertThat(residents.find(TestAccounts.SAFE_APP_ID, openId)).hasValueSatisfying(resident -> {
      assertThat(resident.isSubscribed()).isTrue();
      assertThat(resident.followScene()).isEqualTo("bld3_unit2");
    });
  }

  @Test
  void processesARetriedMessageOnceAndRepeatsTheSameReply() {
    WechatPushClient wechat = TestAccounts.safe(port);
    Envelope subscribe = wechat.envelope(PushMessage.subscribe(TestAccounts.newOpenId()));
    double duplicatesBefore = count("wechat.replies", "outcome", "duplicate");
    double passiveBefore = count("wechat.replies", "outcome", "passive_reply");

    List<PushResult> deliveries = wechat.deliverRepeatedly(subscribe, 3, java.time.Duration.ZERO);

    assertThat(deliveries).extracting(PushResult::status).containsOnly(200);
    assertThat(deliveries).extracting(r -> r.reply().content()).containsOnly(deliveries.get(0).reply().content());
    assertThat(count("wechat.replies", "outcome", "passive_reply") - passiveBefore).isEqualTo(1);
    assertThat(count("wechat.replies", "outcome", "duplicate") - duplicatesBefore).isEqualTo(2);
  }

  @Test
  void refusesAForgedSignatureWithoutProcessing() {
    assertRefusedWithoutProcessing(TestAccounts.safe(port), Signing.fresh().withSignature("a".repeat(40)), 403, "bad_signature");
  }

  @Test
  void refusesATamperedMsgSignatureWithoutProcessing() {
    assertRefusedWithoutProcessing(TestAccounts.safe(port), Signing.fresh().withMsgSignature("b".repeat(40)), 403, "bad_msg_signature");
  }

  @Test
  void refusesAReplayedOldTimestampWithoutProcessing() {
    String old = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
    assertRefusedWithoutProcessing(TestAccounts.safe(port), Signing.at(old, "12345"), 403, "stale_timestamp");
  }

  @Test
  void refusesAnUnknownAccount() throws Exception {
    HttpResponse<String> response = post("/wx/portal/wxunknown000000000?signature=x&timestamp=1&nonce=1", "<xml/>");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void refusesAnOversizedBody() throws Exception {
    WechatPushClient wechat = TestAccounts.client(port, PushMode.PLAIN);
    String huge = PushMessage.text(TestAccounts.newOpenId(), "漏水".repeat(20_000)).toXml(GH_ID);

    PushResult result = wechat.pushXml("o", huge);

    assertThat(result.status()).isEqualTo(413);
  }

  @Test
  void refusesXxeAndMalformedXmlWithoutAStackTrace() {
    WechatPushClient wechat = TestAccounts.client(port, PushMode.PLAIN);
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<xml><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content></xml>";

    PushResult doctype = wechat.pushXml("o", xxe);
    PushResult malformed = wechat.pushXml("o", "<xml><Content>unclosed");

    assertThat(doctype.status()).isEqualTo(400);
    assertThat(doctype.body()).doesNotContain("root:").doesNotContain("Exception");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).doesNotContain("Exception");
  }

  @Test
  void exposesHealthAndPrometheusMetrics() throws Exception {
    TestAccounts.safe(port).push(PushMessage.text(TestAccounts.newOpenId(), "你好"));

    HttpResponse<String> health = get("/actuator/health");
    HttpResponse<String> prometheus = get("/actuator/prometheus");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\"").contains("\"stateStore\"");
    assertThat(prometheus.body()).contains("wechat_messages_total").contains("wechat_refused_total")
        .contains("wechat_replies_seconds_bucket");
  }

  private void assertRefusedWithoutProcessing(WechatPushClient wechat, Signing signing, int status, String reason) {
    String openId = TestAccounts.newOpenId();
    double refusedBefore = count("wechat.refused", "reason", reason);
    double receivedBefore = count("wechat.messages", "type", "event");

    PushResult result = wechat.deliver(wechat.envelope(PushMessage.subscribe(openId)), signing);

    assertThat(result.status()).isEqualTo(status);
    assertThat(count("wechat.refused", "reason", reason) - refusedBefore).isEqualTo(1);
    assertThat(count("wechat.messages", "type", "event")).isEqualTo(receivedBefore);
    assertThat(residents.find(TestAccounts.SAFE_APP_ID, openId)).isEmpty();
  }

  private double count(String meter, String tag, String value) {
    var found = meters.find(meter).tag(tag, value);
    if (found.counter() != null) {
      return found.counter().count();
    }
    return found.timer() == null ? 0 : found.timer().count();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
