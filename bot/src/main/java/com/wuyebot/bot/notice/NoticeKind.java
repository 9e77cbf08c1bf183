package com.wuyebot.bot.notice;

/** What a notice is about; residents see it as 通知, 活动, 停水停电 or 温馨提示 (wording {@code notice.kind.*}). */
public enum NoticeKind {
  NOTICE,
  ACTIVITY,
  OUTAGE,
  TIP
}
