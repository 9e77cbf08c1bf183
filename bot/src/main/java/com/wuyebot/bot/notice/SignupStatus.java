package com.wuyebot.bot.notice;

public enum SignupStatus {
  CONFIRMED,
  WAITING,
  CANCELLED
}
