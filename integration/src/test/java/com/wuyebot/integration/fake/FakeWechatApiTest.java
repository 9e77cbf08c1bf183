package com.wuyebot.integration.fake;

import com.sun.net.httpserver.HttpServer;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.WechatPushClient;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.result.WxMpMassSendResult;
import me.chanjar.weixin.mp.bean.result.WxMpUser;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives the fake with real WxJava 4.7.9.B, the way the bot will. */
class FakeWechatApiTest {

  static final String APP_ID = "wx1b2c3d4e5f607182";
  static final String SECRET = "fakeSecret0123456789abcdef012345";
  static final String RESIDENT = "oXyZ1234567890abcdefghijklmn";
  static final String TEMPLATE = "TPL_REPAIR_PROGRESS";

  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));
  private final FakeWechatApi api = new FakeWechatApi(clock).app(APP_ID, SECRET).template(TEMPLATE).follower(RESIDENT).start();
  private final WxMpService wx = wxJava(api.baseUrl(), SECRET);

  @AfterEach
  void stop() {
    api.close();
  }

  static WxMpService wxJava(String baseUrl, String secret) {
    WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
    config.setAppId(APP_ID);
    config.setSecret(secret);
    config.setToken("wyProp2024token");
    config.setUseStableAccessToken(true);
    WxMpHostConfig hosts = new WxMpHostConfig();
    hosts.setApiHost(baseUrl);
    hosts.setMpHost(baseUrl);
    hosts.setOpenHost(baseUrl);
    config.setHostConfig(hosts);
    WxMpServiceImpl service = new WxMpServiceImpl();
    service.setWxMpConfigStorage(config);
    service.setRetrySleepMillis(1);
    return service;
  }

  @Test
  void recordsKefuTextsAndFetchesOneStableTokenForManyCalls() throws WxErrorException {
    for (String text : new String[] {"维修师傅预计 14:00 上门", "已完成维修", "请评价本次服务"}) {
      wx.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(RESIDENT).content(text).build());
    }

    assertThat(api.awaitSentMessages(3, Duration.ofSeconds(2)))
        .extracting(SentMessage::content)
        .containsExactly("维修师傅预计 14:00 上门", "已完成维修", "请评价本次服务");
    assertThat(api.sentMessages()).allSatisfy(m -> {
      assertThat(m.toUser()).isEqualTo(RESIDENT);
      assertThat(m.msgType()).isEqualTo("text");
    });
    assertThat(api.tokenFetches(APP_ID)).isEqualTo(1);
    assertThat(api.calls(FakeWechatApi.STABLE_TOKEN)).isEqualTo(1);
  }

  @Test
  void sendsTemplateMessageReturningMsgidAndDedupsOnClientMsgId() throws WxErrorException {
    WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(RESIDENT).templateId(TEMPLATE)
        .clientMsgId("ticket-1-status-2").url("https://example.com/ticket/1").build()
        .addData(new WxMpTemplateData("character_string1", "R20231115-0001"))
        .addData(new WxMpTemplateData("thing2", "厨房水管漏水"));

    String first = wx.getTemplateMsgService().sendTemplateMsg(message);
    String again = wx.getTemplateMsgService().sendTemplateMsg(message);

    assertThat(again).isEqualTo(first);
    assertThat(api.sentMessages()).singleElement().satisfies(m -> {
      assertThat(m.templateId()).isEqualTo(TEMPLATE);
      assertThat(m.msgId()).isEqualTo(Long.parseLong(first));
      assertThat(m.dataValue("thing2")).isEqualTo("厨房水管漏水");
    });
  }

  @Test
  void refusesUnknownTemplateUnknownReceiverAndChineseCharacterString() {
    WxMpTemplateMessage unknownTemplate = WxMpTemplateMessage.builder().toUser(RESIDENT).templateId("TPL_NOPE").build();
    WxMpTemplateMessage unknownReceiver = WxMpTemplateMessage.builder().toUser("oStranger").templateId(TEMPLATE).build();
    WxMpTemplateMessage chinese = WxMpTemplateMessage.builder().toUser(RESIDENT).templateId(TEMPLATE).build()
        .addData(new WxMpTemplateData("character_string1", "工单R1"));

    assertThatThrownBy(() -> wx.getTemplateMsgService().sendTemplateMsg(unknownTemplate)).satisfies(e -> errcode(e, 40037));
    assertThatThrownBy(() -> wx.getTemplateMsgService().sendTemplateMsg(unknownReceiver)).satisfies(e -> errcode(e, 40003));
    assertThatThrownBy(() -> wx.getTemplateMsgService().sendTemplateMsg(chinese)).satisfies(e -> errcode(e, 47003));
    assertThat(api.sentMessages()).isEmpty();
  }

  @Test
  void answersUserInfoForFollowersAndSubscribeZeroOtherwise() throws WxErrorException {
    WxMpUser follower = wx.getUserService().userInfo(RESIDENT);
    WxMpUser stranger = wx.getUserService().userInfo("oNotFollowing000000000000000");

    assertThat(follower.getSubscribe()).isTrue();
    assertThat(follower.getOpenId()).isEqualTo(RESIDENT);
    assertThat(follower.getSubscribeTime()).isEqualTo(clock.instant().getEpochSecond());
    assertThat(follower.getLanguage()).isEqualTo("zh_CN");
    assertThat(stranger.getSubscribe()).isFalse();
  }

  @Test
  void downloadsRegisteredMediaAndAnswers40007ForUnknownOrExpiredIds() throws Exception {
    byte[] photo = "fake jpeg bytes".getBytes(StandardCharsets.UTF_8);
    api.media("MEDIA_ID_IMAGE_001", "leak.jpg", photo);

    File file = wx.getMaterialService().mediaDownload("MEDIA_ID_IMAGE_001");

    assertThat(Files.readAllBytes(file.toPath())).isEqualTo(photo);
    assertThat(file.getName()).endsWith(".jpg");
    assertThatThrownBy(() -> wx.getMaterialService().mediaDownload("MEDIA_UNKNOWN")).satisfies(e -> errcode(e, 40007));
    clock.advance(Duration.ofDays(3));
    assertThatThrownBy(() -> wx.getMaterialService().mediaDownload("MEDIA_ID_IMAGE_001")).satisfies(e -> errcode(e, 40007));
  }

  @Test
  void wxJavaRefreshesTheTokenOnceAndRetriesAfter40001() throws WxErrorException {
    wx.getKefuService().sendKefuMessage(text("第一条"));
    api.invalidateTokens(APP_ID);

    wx.getKefuService().sendKefuMessage(text("第二条"));

    assertThat(api.sentMessages()).extracting(SentMessage::content).containsExactly("第一条", "第二条");
    assertThat(api.tokenFetches(APP_ID)).isEqualTo(2);
    assertThat(api.calls(FakeWechatApi.CUSTOM_SEND)).isEqualTo(3);
  }

  @Test
  void wxJavaGivesUpWhen40001PersistsAfterOneRefresh() {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 2, 40001);

    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("hi"))).satisfies(e -> errcode(e, 40001));
    assertThat(api.calls(FakeWechatApi.CUSTOM_SEND)).isEqualTo(2);
    assertThat(api.sentMessages()).isEmpty();
  }

  @Test
  void expiredTokenAnswers42001AndIsReplaced() throws WxErrorException {
    wx.getKefuService().sendKefuMessage(text("一"));
    String before = api.currentStableToken(APP_ID);
    api.expireTokens(APP_ID);

    wx.getKefuService().sendKefuMessage(text("二"));

    assertThat(api.currentStableToken(APP_ID)).isNotEqualTo(before);
    assertThat(api.sentMessages()).hasSize(2);
  }

  @Test
  void forceRefreshRotatesTheStableTokenAtMostOnceEveryThirtySeconds() throws WxErrorException {
    String first = wx.getAccessToken();
    String second = wx.getAccessToken(true);

    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> wx.getAccessToken(true)).satisfies(e -> errcode(e, 45009));
    clock.advance(Duration.ofSeconds(31));
    assertThat(wx.getAccessToken(true)).isNotEqualTo(second);
  }

  @Test
  void wrongSecretIsRefusedWith40125() {
    WxMpService wrong = wxJava(api.baseUrl(), "not-the-secret");

    assertThatThrownBy(() -> wrong.getAccessToken()).satisfies(e -> errcode(e, 40125));
    assertThat(api.tokenFetches(APP_ID)).isZero();
  }

  @Test
  void wxJavaRetriesSystemBusyAndSurfacesQuotaErrors() throws WxErrorException {
    api.failNext(FakeWechatApi.CUSTOM_SEND, 2, -1);
    wx.getKefuService().sendKefuMessage(text("忙时重试"));
    api.failNext(FakeWechatApi.CUSTOM_SEND, 1, 45009);

    assertThat(api.sentMessages()).extracting(SentMessage::content).containsExactly("忙时重试");
    assertThat(api.calls(FakeWechatApi.CUSTOM_SEND)).isEqualTo(3);
    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("x"))).satisfies(e -> errcode(e, 45009));
  }

  @Test
  void http500SurfacesAsWxErrorException() {
    api.failNextWithStatus(FakeWechatApi.CUSTOM_SEND, 1, 500);

    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("x"))).isInstanceOf(WxErrorException.class);
  }

  @Test
  void enforcedWindowsFollowTheFortyEightHourRules() throws WxErrorException {
    api.enforceServiceWindows(true);
    String stranger = "oNeverFollowed00000000000000";

    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("无窗口"))).satisfies(e -> errcode(e, 45015));
    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(
        WxMpKefuMessage.TEXT().toUser(stranger).content("x").build())).satisfies(e -> errcode(e, 43004));

    api.observe(PushMessage.text(RESIDENT, "报修"));
    for (int i = 0; i < 5; i++) {
      wx.getKefuService().sendKefuMessage(text("第" + i + "条"));
    }
    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("第六条"))).satisfies(e -> errcode(e, 45047));

    api.observe(PushMessage.text(RESIDENT, "再问一次"));
    clock.advance(Duration.ofHours(48));
    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("过期"))).satisfies(e -> errcode(e, 45015));

    api.observe(PushMessage.click(RESIDENT, "MENU_REPAIR"));
    wx.getKefuService().sendKefuMessage(text("点击后"));
    api.observe(PushMessage.unsubscribe(RESIDENT));
    assertThatThrownBy(() -> wx.getKefuService().sendKefuMessage(text("已取关"))).satisfies(e -> errcode(e, 45015));
    assertThat(api.sentMessages()).hasSize(6);
  }

  @Test
  void delayedAnswerStillArrives() throws WxErrorException {
    api.delayNext(FakeWechatApi.USER_INFO, 1, Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThat(wx.getUserService().userInfo(RESIDENT).getSubscribe()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void pushesTemplateSendJobFinishToTheWebhookAfterATemplateSend() throws Exception {
    BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
    HttpServer webhook = webhook(pushed);
    try {
      String msgId = wx.getTemplateMsgService().sendTemplateMsg(
          WxMpTemplateMessage.builder().toUser(RESIDENT).templateId(TEMPLATE).build());

      WxMpXmlMessage event = WxMpXmlMessage.fromXml(pushed.poll(5, TimeUnit.SECONDS));
      assertThat(event.getEvent()).isEqualTo("TEMPLATESENDJOBFINISH");
      assertThat(event.getMsgId()).isEqualTo(Long.parseLong(msgId));
      assertThat(event.getStatus()).isEqualTo("success");
      assertThat(event.getFromUser()).isEqualTo(RESIDENT);
    } finally {
      webhook.stop(0);
    }
  }

  @Test
  void pushesMassSendJobFinishWithTheCountsAfterAMassSend() throws Exception {
    String neighbour = "oXyZ1234567890abcdefghijkl02";
    api.follower(neighbour);
    BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
    HttpServer webhook = webhook(pushed);
    try {
      WxMpMassOpenIdsMessage mass = new WxMpMassOpenIdsMessage();
      mass.setMsgType("text");
      mass.setContent("本周六上午停水");
      mass.setToUsers(List.of(RESIDENT, neighbour, "oNotAFollower000000000000000"));
      WxMpMassSendResult result = wx.getMassMessageService().massOpenIdsMessageSend(mass);

      WxMpXmlMessage event = WxMpXmlMessage.fromXml(pushed.poll(5, TimeUnit.SECONDS));
      assertThat(event.getEvent()).isEqualTo("MASSSENDJOBFINISH");
      assertThat(event.getFromUser()).isEqualTo(FakeWechatApi.MASS_EVENT_SENDER);
      assertThat(event.getMsgId()).isEqualTo(Long.parseLong(result.getMsgId()));
      assertThat(event.getStatus()).isEqualTo("send success");
      assertThat(List.of(event.getTotalCount(), event.getFilterCount(), event.getSentCount(), event.getErrorCount()))
          .containsExactly(3, 2, 2, 0);
    } finally {
      webhook.stop(0);
    }
  }

  /** A webhook that keeps every push's body, with the fake pushing its events to it. */
  private HttpServer webhook(BlockingQueue<String> pushed) throws IOException {
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/wx", exchange -> {
      pushed.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] ok = "success".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      exchange.getResponseBody().write(ok);
      exchange.close();
    });
    webhook.start();
    api.pushEventsTo(WechatPushClient.plain("http://127.0.0.1:" + webhook.getAddress().getPort() + "/wx",
        "wyProp2024token", "gh_a1b2c3d4e5f6"));
    return webhook;
  }

  private static WxMpKefuMessage text(String content) {
    return WxMpKefuMessage.TEXT().toUser(RESIDENT).content(content).build();
  }

  private static void errcode(Throwable thrown, int expected) {
    assertThat(thrown).isInstanceOf(WxErrorException.class);
    assertThat(((WxErrorException) thrown).getError().getErrorCode()).isEqualTo(expected);
  }
}
