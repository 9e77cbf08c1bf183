package com.wuyebot.bot.survey;

public enum AnswerSource {
  CHAT, PAGE
}
