package com.wuyebot.bot.notice;

/** Something a manager should know about a send that is allowed anyway, e.g. QUIET_HOURS. */
public record NoticeWarning(String code, String message) {
}
