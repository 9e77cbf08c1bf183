package com.wuyebot.bot.notice;

/** A place at an activity went to the first resident on its waiting list. */
public record SignupPromoted(long noticeId, String appId, String openId) {
}
