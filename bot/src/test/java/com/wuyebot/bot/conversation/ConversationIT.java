package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.WechatPushClient;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Residents' messages through the real webhook turned into tickets, one short question at a time. */
class ConversationIT extends RunningBot {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConversationEngine engine;

  @Test
  void aCompleteRepairNeedsOnlyTheConfirmationAndARetriedConfirmationOpensOneTicket() {
    String openId = TestAccounts.newOpenId();

    String summary = say(openId, "3栋2单元502 厨房水管漏水了 下午在家");
    assertThat(summary).contains("请核对报修信息", "3栋2单元502", "管道", "下午", "「确认」");

    Envelope confirm = client().envelope(PushMessage.text(openId, "确认"));
    PushResult first = client().deliver(confirm);
    PushResult retry = client().deliver(confirm);

    assertThat(first.reply().content()).contains("报修已提交", "BX", "维修人员会尽快联系您");
    assertThat(retry.reply().content()).isEqualTo(first.reply().content());
    List<Map<String, Object>> opened = ticketsOf(openId);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0)).containsEntry("ticket_type", "REPAIR").containsEntry("category", "管道")
        .containsEntry("house", "3栋2单元502").containsEntry("preferred_time", "下午").containsEntry("priority", "NORMAL")
        .containsEntry("channel", "WECHAT");
    assertThat(first.reply().content()).contains((String) opened.get(0).get("ticket_number"));

    say(openId, "确认");
    assertThat(ticketsOf(openId)).hasSize(1);
  }

  @Test
  void asksForTheMissingLocationAndAttachesAPhoto() {
    String openId = TestAccounts.newOpenId();

    assertThat(say(openId, "卫生间马桶堵了 明天上午十点")).contains("位置");
    assertThat(client().push(PushMessage.image(openId, "http://mmbiz.example/p.jpg", "media-toilet-1")).reply().content())
        .contains("照片收到了", "位置");
    assertThat(say(openId, "12-1-1101")).contains("12栋1单元1101", "明天上午十点", "照片：1张");
    assertThat(say(openId, "1")).contains("报修已提交");

    List<Map<String, Object>> opened = ticketsOf(openId);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0)).containsEntry("house", "12栋1单元1101").containsEntry("photos", "media-toilet-1")
        .containsEntry("description", "卫生间马桶堵了 明天上午十点");
  }

  @Test
  void aConfirmationRetriedAfterItsFirstInstanceDiedAnswersWithTheSameTicket() {
    String openId = TestAccounts.newOpenId();
    say(openId, "10栋1单元203 阳台晾衣架断了 明天下午");
    // past the webhook's dedup, as when the instance that took the first delivery died after opening the ticket
    InboundMessage confirm = new InboundMessage(TestAccounts.SAFE_APP_ID, TestAccounts.GH_ID, openId, Instant.now(),
        MessageType.TEXT, 990_000_000_001L + Math.abs(openId.hashCode()), "确认", null, null, null, null, null, null, null);

    String first = ((Reply.Text) engine.handle(confirm)).content();
    String again = ((Reply.Text) engine.handle(confirm)).content();

    assertThat(first).contains("报修已提交");
    assertThat(again).isEqualTo(first);
    assertThat(ticketsOf(openId)).hasSize(1);
  }

  @Test
  void aQuestionMidIntakeIsAnsweredAndTheIntakeGoesOn() {
    new AdminApi(port).importTestKnowledgeBase();
    await().atMost(Duration.ofSeconds(5)).until(() -> say(TestAccounts.newOpenId(), "物业费在哪里交").contains("生活缴费"));
    String openId = TestAccounts.newOpenId();
    assertThat(say(openId, "阳台下水管漏水")).contains("位置");

    assertThat(say(openId, "物业费在哪里交")).contains("生活缴费", "回到刚才的报修", "位置");
    assertThat(say(openId, "1栋1单元101")).contains("什么时候");
  }

  @Test
  void cancelLeavesTheIntakeWithoutATicket() {
    String openId = TestAccounts.newOpenId();

    assertThat(say(openId, "客厅的灯不亮了")).contains("位置");
    assertThat(say(openId, "取消")).contains("已取消");
    assertThat(say(openId, "1")).doesNotContain("报修已提交");

    assertThat(ticketsOf(openId)).isEmpty();
  }

  @Test
  void aProgressQueryListsTheResidentsOpenTickets() {
    String openId = TestAccounts.newOpenId();
    say(openId, "8栋1单元302 卧室窗户关不上了 随时可以来");
    String number = ticketNumber(say(openId, "好的"));

    String progress = say(openId, "我上次报修的进度怎么样了");

    assertThat(progress).contains("您处理中的工单", number, "报修", "等待派单", "随时");
    assertThat(say(TestAccounts.newOpenId(), "我上次报修的进度怎么样了")).contains("没有处理中的工单");
  }

  @Test
  void anUrgentMessageGetsTheHotlineAndAnUrgentTicket() {
    String openId = TestAccounts.newOpenId();

    String first = say(openId, "5栋1单元601 家里燃气味很重");
    assertThat(first).contains("立即拨打", "400-800-1234", "【紧急】");
    assertThat(say(openId, "确认")).contains("400-800-1234", "报修已提交");

    assertThat(ticketsOf(openId)).singleElement().satisfies(ticket -> assertThat(ticket)
        .containsEntry("priority", "URGENT").containsEntry("category", "燃气"));
  }

  @Test
  void anEmergencyReportedMidIntakeGetsTheHotlineAtOnceAndAnUrgentTicket() {
    String openId = TestAccounts.newOpenId();
    assertThat(say(openId, "厨房的灯不亮了")).contains("位置");

    assertThat(say(openId, "2栋2单元202 现在闻到很大的燃气味")).contains("立即拨打", "【紧急】");
    say(openId, "确认");

    assertThat(ticketsOf(openId)).singleElement().satisfies(ticket -> assertThat(ticket).containsEntry("priority", "URGENT"));
  }

  @Test
  void aComplaintAsksAboutFeedbackAndOpensAComplaint() {
    String openId = TestAccounts.newOpenId();

    assertThat(say(openId, "楼上天天半夜剁排骨 还让不让人睡")).contains("需要回复");
    assertThat(say(openId, "需要回复")).contains("请核对投诉信息");
    assertThat(say(openId, "确认")).contains("投诉已提交", "TS");

    assertThat(ticketsOf(openId)).singleElement().satisfies(ticket -> assertThat(ticket)
        .containsEntry("ticket_type", "COMPLAINT"));
  }

  @Test
  void aSuggestionIsRecordedWithThanks() {
    String openId = TestAccounts.newOpenId();

    assertThat(say(openId, "建议小区多装几个充电桩")).contains("谢谢您的建议", "JY");

    assertThat(ticketsOf(openId)).singleElement().satisfies(ticket -> assertThat(ticket)
        .containsEntry("ticket_type", "SUGGESTION"));
  }

  @Test
  void aVoiceMessageWithoutRecognitionAsksForText() {
    String reply = client().push(PushMessage.voice(TestAccounts.newOpenId(), "media-voice-1", null)).reply().content();

    assertThat(reply).contains("语音", "文字");
  }

  @Test
  void aRecognisedVoiceMessageStartsAnIntakeLikeText() {
    String reply = client().push(PushMessage.voice(TestAccounts.newOpenId(), "media-voice-2", "二号楼三单元四零一 卫生间漏水 明天上午"))
        .reply().content();

    assertThat(reply).contains("请核对报修信息", "2栋3单元401", "明天上午");
  }

  @Test
  void aGreetingAndARequestForAPersonGetHonestAnswers() {
    assertThat(say(TestAccounts.newOpenId(), "你好")).contains("报修");
    // the console's queue: a place in it while agents work, else when they return and a callback
    assertThat(say(TestAccounts.newOpenId(), "人工")).containsAnyOf("已为您转接人工客服", "客服将于");
  }

  @Test
  void praisesOfAnUnknownStaffMemberAreNotFound() {
    assertThat(new AdminApi(port).get("/api/staff/987654321/praises").status()).isEqualTo(404);
  }

  private String say(String openId, String text) {
    return client().push(PushMessage.text(openId, text)).reply().content();
  }

  private WechatPushClient client() {
    return TestAccounts.safe(port);
  }

  private List<Map<String, Object>> ticketsOf(String openId) {
    return jdbc.queryForList("select ticket_number, ticket_type, category, priority, house, photos, description, "
        + "preferred_time, channel from ticket where open_id = ?", openId);
  }

  private static String ticketNumber(String reply) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("[A-Z]{2}\\d{8}-\\d{4}").matcher(reply);
    assertThat(number.find()).as("a ticket number in %s", reply).isTrue();
    return number.group();
  }
}
