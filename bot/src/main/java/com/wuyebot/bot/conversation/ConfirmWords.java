package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import java.util.Set;

/** How residents answer 「确认」/「修改」/「取消」, with the usual other words and the numbers 1/2/3. */
final class ConfirmWords {

  enum Answer { CONFIRM, CHANGE, CANCEL, OTHER }

  private static final Set<String> CONFIRM = Set.of("确认", "确定", "确认提交", "提交", "1", "好", "好的", "好滴", "对", "好了", "行吧",
      "对的", "是", "是的", "没问题", "没错", "可以", "行", "ok", "嗯", "嗯嗯", "确认无误");
  private static final Set<String> CHANGE = Set.of("修改", "2", "改", "改一下", "要改", "不对", "有误", "改下", "重新填");
  private static final Set<String> CANCEL = Set.of("取消", "3", "不用了", "算了", "不要了", "不修了", "不报了", "先不用了",
      "取消报修", "取消投诉", "不用", "撤销");

  private static final Set<String> PERSON = Set.of("人工", "转人工", "人工客服", "找人工", "真人", "真人客服", "客服",
      "找客服", "转客服", "我要人工", "要人工");

  private ConfirmWords() {
  }

  /** The answer to the summary's question; anything longer than a few words is OTHER. */
  static Answer of(String text) {
    String word = normal(text);
    if (CONFIRM.contains(word) || allConfirm(word)) {
      return Answer.CONFIRM;
    }
    if (CHANGE.contains(word)) {
      return Answer.CHANGE;
    }
    if (CANCEL.contains(word)) {
      return Answer.CANCEL;
    }
    return Answer.OTHER;
  }

  /** Leaving a flow at any step: the words of cancel, but not the bare number 3 (it may be an answer). */
  static boolean isCancel(String text) {
    String word = normal(text);
    return !word.equals("3") && CANCEL.contains(word);
  }

  /** 对，没问题 / 好的 确认: every part a word of yes. */
  private static boolean allConfirm(String word) {
    String[] parts = word.split("[,，.。!！、]+");
    return parts.length > 1 && java.util.Arrays.stream(parts).allMatch(CONFIRM::contains);
  }

  /** Asking for a person in the middle of a flow: 人工, 转人工, 真人客服 … */
  static boolean asksForPerson(String text) {
    return PERSON.contains(normal(text));
  }

  private static String normal(String text) {
    return ChineseNumbers.halfWidth(text).strip().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[\\s,.!?;:~，。！？；：、…～「」“”\"'吧啊呀哈呢]+$", "")
        .replaceAll("^[\\s「“\"]+", "")
        .replaceAll("\\s+", "");
  }
}
