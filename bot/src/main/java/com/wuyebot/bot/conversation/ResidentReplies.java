package com.wuyebot.bot.conversation;

import org.springframework.stereotype.Component;

/** The sentences residents read. Natural Simplified Chinese, in one place, so they stay consistent. */
@Component
class ResidentReplies {

  private final ServiceDeskProperties desk;

  ResidentReplies(ServiceDeskProperties desk) {
    this.desk = desk;
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
    return "抱歉，这个问题我暂时还答不上来。如需人工帮助，请致电%s %s（%s），工作人员会为您处理。"
        .formatted(desk.name(), desk.phone(), desk.hours());
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

  String emptyText() {
    return "您好，请问有什么可以帮您？";
  }
}
