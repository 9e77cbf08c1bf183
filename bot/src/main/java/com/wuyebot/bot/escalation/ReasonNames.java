package com.wuyebot.bot.escalation;

import com.wuyebot.bot.conversation.HumanHandoff;

/** How agents and tickets name why a conversation came to a person. */
public final class ReasonNames {

  private ReasonNames() {
  }

  public static String of(HumanHandoff.Reason reason) {
    return switch (reason) {
      case ASKED -> "居民要求人工";
      case BOT_FAILED -> "机器人连续未能回答";
      case URGENT -> "紧急情况";
      case LOW_SCORE -> "满意度低分";
      case COMPLAINT -> "投诉";
    };
  }
}
