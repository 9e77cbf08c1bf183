package com.wuyebot.integration.tools;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Known answers from /work/shared/wechat/vectors.json, copied here so the test needs nothing outside the module. */
class WechatPushClientVectorsTest {

  static final String TOKEN = "wyProp2024token";
  static final String AES_KEY = "k3Jx9QvWm2TtL8pRz5NcY7bH4gD6fA1sE0uVqXoMiKy";
  static final String APP_ID = "wx1b2c3d4e5f607182";
  static final String GH = "gh_a1b2c3d4e5f6";
  static final String OPENID = "oXyZ1234567890abcdefghijklmn";
  static final URI PORTAL = URI.create("http://127.0.0.1:1/wx/portal/" + APP_ID);

  static final String E5_ENCRYPT = "SQxR15Ji5fjIEeM11UmK1N1O4tCIIpswd4XNX/pJVCQrugSJkExtxHj+ey21rZb0C8LSHZfC4DHgx2zL3GlLz3WaIXPE02mQc+LbGn55Db/+KWsv5VSKx6pc+JjL++wgJ7fYUpY8F42hcgTkkmcOzBJnLXNskeS6NpqITM1/tScEq/qdiF4SG89Z6DcfzNm3b0RWV+GpZft7N01aQsjJcTQ/bZ3iiJ2o81Ugll01NDD/gNHTzn0wMdV/s6Hi/e6+5FhkeK3f3LzQEm7Fic2xXcxV/7Ve6gzuXCWFNUBvquev2F196nKa7ghsO4T/yXT0eKir1UdjMQ0N6uqk6DqYLz0WuVvPFf3vQpi+9Oz9HSFiRtFJt9RI1IiFJP0sooKAfZgr0M8ODco4g2BSn4tt0STizzlUxO5akUQ1W5IBFhiRXIjnHXofP8G2UogKkDwGRPoLAwn2vn5oTaaNVqH6JnJmCwv9XLWyrH2EtrCyqSaqEEK6GJPS2znGsfNqyCf5";
  static final String E6_ENCRYPT = "Id07/tCtw28dnETkhX75vZRMnZ9inx4jvq8Sen0sMr0iD6d8pkfOJMLXnF6YbBG51bqd9pehr6+t2qM5f/ltjpYzoS8hZpIN7xmkcgmzGCDDwIYoOI7pTloyiV9XFchACPCdBWwMrKz8H4x5drct7X3MAApiJ0WPP7qGQQ7H6gf1xyBOCElIorjk2KJhbFnKW64NtLNdPknBBtkldPB+TeGv6GR2EmEGiRtFwf6CcMr3NDxy09FgYYWyCCaihSJTEzpcARxWzUVK0gZO8LToa4AJxUdWsbKtpEp8bkXPdxAvnzhrF+wv/KKuuJXkDFvfKNIZHY8t4lQtq+OosQ5M8VvYZxEqQCmD2TuKxkPtQnJvON4kv09CNasAwKHLCwE1zCpeBSr9Ayi+LEh5ERY7QmRi1rXhFCnKZNuE7Obbgt3n8vYnTVF8CYRsyTY16U0WnLqAMGNI7PHqtLnHEXliS0gGLDC47dgQ0+wiWeoUw77w3hYXq+R1jRTNlwlVrYrMAVxMyVrGmmMQp5xUxFcj4paRwwq6EqratPESNS36qJ+5Gib92a4SYKQfKm8XsViLaprdQSX21MoadbyFxsH3JfngR/NNr3fjqZfo6jjbKLu6oy4ZHRWNtuVvi1MeiNaC";
  static final String E7_ENCRYPT = "cVn4kNRY9YL/OHakrFqgVa7KlcTYU8gLBL8tWB0AUgUtq/wdYdqG96chqu+ap/clikLbxU2bD54OupTNEmIdwj+CO1CQr10isI4/SE7ZE/YULzVs75jDGt/ANyMeo7UQ14GU1Ga15xEcufWn3quKam3fmUyXkqZwOcTg1czxUABGlRiv+EqokCsa2ZMvLYtTQNuNOR01ANCvVlRpCpco7ALQeWHETtFjxEMOyWjxQcaiw93Y+kgTCcJ3rZyf79b267R++c7CofXsj3BFsUa7HZd9eHKl/88UXc2/K1By8TNFk/8mYI2m92k8ANPw+EXxRMX5s9/yk4H3BbmpvzPP0Gzo9J+las86rJ1dYo3QhE6yVwDtRC4ShbvjpNzfFowyM2KU60ICPHqYGiKMGflUd91ZgBDZFIn8Iv/fKYVdrHC2k2znL3cPFYl9LRVQO1AjhJshRYdfAfNjrduesgUBQw==";
  static final String E8_REPLY = "<xml><Encrypt><![CDATA[G112NgpcSMPu8GYgjWPCRLLwqrOGakfTbEuL2G266BxUa4dVjaM4lgo5vDjCt3nocKVfEY91/vgRsorpI01qe2t6VrSkB4HaHMX2unjja+O7AsMBqq/yIqNBYwEF0U58/LNOUhIGvOMOENlj4zoJ7oNh2vWyYrg+EUTgSIRLxmwmHS9IK7JYiPLkFZEuLpj83bDRrxF6/IdCgeGN812IT9Ek7je/u2GsQMOP549i67zWKCsslqv9b5/h74PoTIAlCIE0oWlUBEjadAxRGEtfR0Era9WPXMLQTmZoIFRme5a0yoUVUrk7+Fc+qbAdPZgZOhghS7TuujaLZQOT5M1xpDCMoEC4eKWlFie6XlK6Hu2KppjPbLwR7ZUhGQdUkl57+eO32nsN6C0VUxJbjo4OlMhCCA5mQ3aWlFe42e6j0Bw=]]></Encrypt><MsgSignature><![CDATA[92bd07b5aee30eed3478cb7250579603250795d6]]></MsgSignature><TimeStamp>1700000005</TimeStamp><Nonce><![CDATA[1320562132]]></Nonce></xml>";

  static final String E5_TEXT = "3号楼2单元厨房水管漏水，请尽快派人维修";
  static final String E6_TICKET = "gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==";

  private final WechatPushClient safe = client(PushMode.SAFE);

  static WechatPushClient client(PushMode mode) {
    return new WechatPushClient(PORTAL, new PushAccount(TOKEN, AES_KEY, APP_ID, GH), mode);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "S1-official-verify-get,     AAAAA,           1714036504, 1514711492, f464b24fc39322e44b38aa78f5edd27bd1441696",
      "S2-official-plain-post,     AAAAA,           1714037059, 486452656,  899cf89e464efb63f54ddac96b0a0a235f53aa78",
      "S3-official-safe-mode,      AAAAA,           1714112445, 415670741,  6c5c811b55cc85e0e1b54100749188c20beb3f5d",
      "S4-own,                     wyProp2024token, 1700000000, 1234567890, 5675d4d2682a8996b7e8e9d6b5c5f57b229ca630",
      "S5-own-case-order,          Zebra,           1700000001, apple,      0990fe799b253629ea72b96acd020bed7d09eede",
      "S6-own-wxjava-test-params,  pamtest,         1409304348, xxxxxx,     76480565cbe296026c53aaacd1ad523a1ddba24f"})
  void signsUrlLikeWechat(String id, String token, String timestamp, String nonce, String expected) {
    WechatPushClient client = WechatPushClient.plain(PORTAL.toString(), token, GH);
    Signing signing = Signing.at(timestamp, nonce);

    assertThat(client.signature(signing)).isEqualTo(expected);
    assertThat(client.verificationUri("4375120948345356249", signing).getRawQuery())
        .isEqualTo("signature=" + expected + "&timestamp=" + timestamp + "&nonce=" + nonce + "&echostr=4375120948345356249");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "M1-official-inbound, AAAAA, 1714112445, 415670741, '+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=', 046e02f8204d34f8ba5fa3b1db94908f3df2e9b3",
      "M2-official-reply,   AAAAA, 1713424427, 415670741, 'ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==', 1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1"})
  void signsOfficialCiphertextsWithMsgSignature(String id, String token, String timestamp, String nonce,
                                                String encrypt, String expected) {
    WechatPushClient client = new WechatPushClient(PORTAL,
        new PushAccount(token, "A".repeat(43), "wxba5fad812f8e6fb9", GH), PushMode.SAFE);

    URI uri = client.requestUri(new Envelope(null, null, "", encrypt), Signing.at(timestamp, nonce));

    assertThat(uri.getRawQuery()).endsWith("&encrypt_type=aes&msg_signature=" + expected);
  }

  @Test
  void encryptsTheOfficialInboundExampleBitForBit() {
    WechatPushClient client = new WechatPushClient(PORTAL,
        new PushAccount("AAAAA", "A".repeat(43), "wxba5fad812f8e6fb9", "gh_97417a04a28d"), PushMode.SAFE);
    String msg = "{\"ToUserName\":\"gh_97417a04a28d\",\"FromUserName\":\"o9AgO5Kd5ggOC-bXrbNODIiE3bGY\",\"CreateTime\":1714112445,"
        + "\"MsgType\":\"event\",\"Event\":\"debug_demo\",\"debug_str\":\"hello world\"}";

    Envelope envelope = client.envelopeXml(null, msg, "a8eedb185eb2fecf");

    assertThat(envelope.encrypt()).isEqualTo("+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=");
  }

  @Test
  void reproducesTheSafeModeTextEnvelopeE5() {
    PushMessage message = PushMessage.text(OPENID, E5_TEXT).withCreateTime(1700000000L).withMsgId(24285736153859431L);

    Envelope envelope = safe.envelope(message, "Rnd16ForTextMsg1");

    assertThat(envelope.body()).isEqualTo(
        "<xml><ToUserName><![CDATA[gh_a1b2c3d4e5f6]]></ToUserName><Encrypt><![CDATA[" + E5_ENCRYPT + "]]></Encrypt></xml>");
    assertThat(safe.requestUri(envelope, Signing.at("1700000000", "1320562132")).getRawQuery()).isEqualTo(
        "signature=ad8b715f81b18dda5aab65f4340f76e914d81339&timestamp=1700000000&nonce=1320562132"
            + "&openid=" + OPENID + "&encrypt_type=aes&msg_signature=2038ddc0dc40420bb44fdd1d13dc07b5d7508857");
  }

  @Test
  void reproducesTheQrSubscribeEnvelopeE6() {
    PushMessage message = PushMessage.subscribeByQrCode(OPENID, "bld3_unit2", E6_TICKET).withCreateTime(1700000100L);

    Envelope envelope = safe.envelope(message, "Rnd16ForSubEvt02");

    assertThat(envelope.encrypt()).isEqualTo(E6_ENCRYPT);
    assertThat(safe.requestUri(envelope, Signing.at("1700000100", "987654321")).getRawQuery()).isEqualTo(
        "signature=c52c059f0a14b848d8c3d23f24732ac9778efea2&timestamp=1700000100&nonce=987654321"
            + "&openid=" + OPENID + "&encrypt_type=aes&msg_signature=cbf5b64133c88cfa57cfa4e8fd0cf2d7aa202bb5");
  }

  @Test
  void padsAFullBlockWithThirtyTwoBytesLikeEnvelopeE7() {
    PushMessage message = PushMessage.text(OPENID, "x".repeat(17)).withCreateTime(1700000200L).withMsgId(24285736153859432L);

    Envelope envelope = safe.envelope(message, "Rnd16PadEdge0003");

    assertThat(envelope.encrypt()).isEqualTo(E7_ENCRYPT);
    assertThat(safe.requestUri(envelope, Signing.at("1700000200", "555555555")).getRawQuery())
        .contains("signature=60ec91cda66594955f992feaff9c7f179f938559")
        .endsWith("msg_signature=8f94499655d45faf0478dbeed2223c44aee84c99");
  }

  @Test
  void reproducesTheCompatibilityEnvelope() {
    PushMessage message = PushMessage.text(OPENID, E5_TEXT).withCreateTime(1700000000L).withMsgId(24285736153859431L);

    Envelope envelope = client(PushMode.COMPAT).envelope(message, "Rnd16ForTextMsg1");

    assertThat(envelope.body()).isEqualTo("<xml><ToUserName><![CDATA[gh_a1b2c3d4e5f6]]></ToUserName>"
        + "<FromUserName><![CDATA[oXyZ1234567890abcdefghijklmn]]></FromUserName><CreateTime>1700000000</CreateTime>"
        + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + E5_TEXT + "]]></Content>"
        + "<MsgId>24285736153859431</MsgId><Encrypt><![CDATA[" + E5_ENCRYPT + "]]></Encrypt></xml>");
  }

  @Test
  void retryKeepsTheBodyAndResignsWithTheNewTimestampAndNonce() {
    Envelope envelope = safe.envelope(PushMessage.text(OPENID, "电梯坏了"));

    String first = safe.requestUri(envelope, Signing.at("1700000000", "111")).getRawQuery();
    String retry = safe.requestUri(envelope, Signing.at("1700000005", "222")).getRawQuery();

    assertThat(retry).isNotEqualTo(first).contains("timestamp=1700000005&nonce=222");
  }

  @Test
  void readsTheEncryptedReplyE8VerifyingItsOwnTimestampAndNonce() {
    PassiveReply reply = new ReplyReader(safe.account(), PushMode.SAFE).read(E8_REPLY, OPENID);

    assertThat(reply.encrypted()).isTrue();
    assertThat(reply.msgType()).isEqualTo("text");
    assertThat(reply.content()).isEqualTo("已收到您的报修，工单号 R20231115-0001");
    assertThat(reply.toUser()).isEqualTo(OPENID);
    assertThat(reply.fromUser()).isEqualTo(GH);
    assertThat(reply.createTime()).isEqualTo(1700000005L);
  }

  @Test
  void rejectsAReplyWhoseMsgSignatureWasTampered() {
    String tampered = E8_REPLY.replace("92bd07b5aee30eed", "92bd07b5aee30eee");

    assertThatThrownBy(() -> new ReplyReader(safe.account(), PushMode.SAFE).read(tampered, OPENID))
        .isInstanceOf(InvalidReplyException.class)
        .hasMessageContaining("MsgSignature");
  }

  @Test
  void rejectsAReplyEncryptedForAnotherAppId() {
    PushAccount other = new PushAccount(TOKEN, AES_KEY, "wx0000000000000000", GH);

    assertThatThrownBy(() -> new ReplyReader(other, PushMode.SAFE).read(E8_REPLY, OPENID))
        .isInstanceOf(InvalidReplyException.class)
        .hasMessageContaining("AppID");
  }

  @Test
  void rejectsAPlaintextReplyToASafeModePush() {
    String plain = "<xml><ToUserName><![CDATA[" + OPENID + "]]></ToUserName><FromUserName><![CDATA[" + GH
        + "]]></FromUserName><CreateTime>1700000005</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        + "<Content><![CDATA[hi]]></Content></xml>";

    assertThat(new ReplyReader(safe.account(), PushMode.COMPAT).read(plain, OPENID).content()).isEqualTo("hi");
    assertThatThrownBy(() -> new ReplyReader(safe.account(), PushMode.SAFE).read(plain, OPENID))
        .isInstanceOf(InvalidReplyException.class);
  }

  @Test
  void treatsSuccessAndEmptyBodiesAsNoReply() {
    ReplyReader reader = new ReplyReader(safe.account(), PushMode.SAFE);

    assertThat(reader.read("success", OPENID)).isNull();
    assertThat(reader.read("", OPENID)).isNull();
  }
}
