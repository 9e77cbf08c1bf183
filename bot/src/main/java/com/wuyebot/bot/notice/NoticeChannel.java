package com.wuyebot.bot.notice;

/**
 * How a notice reaches residents: a template message per resident (service notification, not limited per
 * month), or a mass text where the account has mass quota (4 per follower a month); a mass send WeChat refuses
 * for quota or permission goes out as template messages instead.
 */
public enum NoticeChannel {
  TEMPLATE,
  MASS
}
