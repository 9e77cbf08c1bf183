package com.wuyebot.bot.conversation;

import com.wuyebot.bot.wording.ServiceDeskProperties;
import com.wuyebot.bot.wording.Wording;
import org.springframework.stereotype.Component;

/** The sentences residents read. Natural Simplified Chinese, in one place, so they stay consistent. */
@Component
class ResidentReplies {

  private final ServiceDeskProperties desk;
  private final Wording wording;

  ResidentReplies(ServiceDeskProperties desk, Wording wording) {
    this.desk = desk;
    this.wording = wording;
  }

  String welcome() {
    return """
        您好，欢迎关注！我是小区的智能物业助手，24小时在线。
        您可以直接发文字问我：
        · 物业费、停车、门禁卡、装修等常见问题
        · 报修：说明哪里坏了、在几栋几单元
        · 投诉和建议
        需要人工帮助时，请致电%s %s（%s）。""".formatted(desk.name(), desk.phone(), desk.hours());
  }

  String welcomeBack() {
    return "欢迎回来！有什么可以帮您？直接发文字告诉我就行。";
  }

  String fallback() {
    return wording.text("fallback");
  }

  String suggestions(java.util.List<String> questions) {
    StringBuilder text = new StringBuilder("您是想问：");
    for (int i = 0; i < questions.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(questions.get(i));
    }
    return text.append("\n请回复序号查看答案；都不是的话，换个说法再问我也可以。").toString();
  }

  String choiceOutOfRange(int count) {
    return "请回复 1 到 %d 之间的序号。".formatted(count);
  }

  String onlyTextUnderstood() {
    return "收到啦。目前我只能看懂文字消息，请用文字告诉我您需要什么帮助；紧急情况请直接致电%s %s。"
        .formatted(desk.name(), desk.phone());
  }

  String voiceNotUnderstood() {
    return "抱歉，我没听清这条语音，请用文字告诉我您需要什么帮助。";
  }

  String emptyText() {
    return "您好，请问有什么可以帮您？";
  }

  String greeting() {
    return """
        您好！我是小区的智能物业助手，可以帮您：
        · 解答物业费、停车、门禁卡等常见问题
        · 报修（例如：3栋2单元502 厨房水管漏水）
        · 投诉、建议，查询报修进度
        直接发文字告诉我就行。""";
  }

  String human() {
    return wording.text("human");
  }

  String askLocation() {
    return "请问需要维修的具体位置是哪里？例如：3栋2单元502，或 地下车库B2。";
  }

  String askTime() {
    return "请问您方便维修人员什么时候上门？例如：今天下午、明天上午十点、随时。有照片的话也可以直接发给我。";
  }

  String askFeedback() {
    return "处理结果需要回复您吗？请回复「需要回复」或「匿名」。";
  }

  String askChange() {
    return "请直接发送要修改的内容，例如新的位置、上门时间或问题描述。";
  }

  String photoReceived(String nextQuestion) {
    return "照片收到了。" + nextQuestion;
  }

  String repairSummary(String category, String place, String description, String time, int photos, boolean urgent) {
    StringBuilder text = new StringBuilder(urgent ? "【紧急】请核对报修信息：" : "请核对报修信息：")
        .append("\n类别：").append(category)
        .append("\n位置：").append(place)
        .append("\n问题：").append(description)
        .append("\n上门时间：").append(time == null ? "尽快" : time);
    if (photos > 0) {
      text.append("\n照片：").append(photos).append("张");
    }
    return text.append("\n").append(confirmChoices()).toString();
  }

  String complaintSummary(String subject, String place, boolean wantsFeedback) {
    StringBuilder text = new StringBuilder("请核对投诉信息：\n内容：").append(subject);
    if (place != null) {
      text.append("\n地点：").append(place);
    }
    text.append("\n处理结果：").append(wantsFeedback ? "需要回复您" : "匿名，不回复");
    return text.append("\n").append(confirmChoices()).toString();
  }

  String confirmChoices() {
    return "回复「确认」提交，「修改」更改，「取消」放弃（也可回复 1/2/3）。";
  }

  String repairOpened(String number) {
    return "报修已提交，工单号 %s。维修人员会尽快联系您，进度可以随时发「报修进度」查询。".formatted(number);
  }

  String complaintOpened(String number, boolean wantsFeedback) {
    return wantsFeedback
        ? "投诉已提交，工单号 %s。我们会尽快核实处理，并把结果告诉您。".formatted(number)
        : "投诉已匿名提交，工单号 %s。我们会尽快核实处理。".formatted(number);
  }

  String urgentNow() {
    return "情况紧急，请立即拨打%s %s，同时注意安全、远离危险区域。".formatted(desk.name(), desk.phone());
  }

  String intakeKept() {
    return "也可以在这里继续：";
  }

  String intakeResumes(boolean repair) {
    return repair ? "回到刚才的报修：" : "回到刚才的投诉：";
  }

  String intakeCancelled() {
    return "好的，已取消，没有提交工单。还有什么可以帮您？";
  }

  String notSubmitted() {
    return "抱歉，工单暂时没能提交成功，请稍后回复「确认」再试一次，或致电%s %s。".formatted(desk.name(), desk.phone());
  }

  String notRecorded() {
    return "抱歉，暂时没能记录下来，请稍后再发一次，或致电%s %s。".formatted(desk.name(), desk.phone());
  }

  String suggestionThanks(String number) {
    return "谢谢您的建议！已记录（编号 %s），我们会认真研究。".formatted(number);
  }

  String praiseThanks(String number) {
    return "谢谢您的肯定！已记录（编号 %s），我们会转达给相关同事。".formatted(number);
  }

  String noOpenTickets() {
    return "您目前没有处理中的工单。需要报修的话，直接告诉我哪里坏了、在几栋几单元就行。";
  }

  String openTickets(java.util.List<String> lines) {
    StringBuilder text = new StringBuilder("您处理中的工单：");
    lines.forEach(line -> text.append('\n').append(line));
    return text.toString();
  }

  String ticketLine(String number, String type, String status, String assignee, String openedAt, String preferredTime) {
    StringBuilder line = new StringBuilder("· ").append(number).append(' ').append(type).append('：').append(status);
    line.append('，').append(assignee == null ? "待派单" : "负责人" + assignee);
    line.append('，').append(openedAt).append("提交");
    if (preferredTime != null) {
      line.append('，').append("约定时间").append(preferredTime);
    }
    return line.toString();
  }

  String typeLabel(com.wuyebot.bot.ticket.TicketType type) {
    return switch (type) {
      case REPAIR -> "报修";
      case COMPLAINT -> "投诉";
      case SUGGESTION -> "建议";
      case PRAISE -> "表扬";
    };
  }

  String statusLabel(com.wuyebot.bot.ticket.TicketStatus status) {
    return switch (status) {
      case NEW -> "已受理，等待派单";
      case ASSIGNED -> "已派单";
      case IN_PROGRESS -> "处理中";
      case ON_HOLD -> "暂缓处理";
      case RESOLVED -> "已处理，待您确认";
      case REOPENED -> "重新处理中";
      case CLOSED -> "已完成";
      case CANCELLED -> "已取消";
      case MERGED -> "已合并";
    };
  }
}
