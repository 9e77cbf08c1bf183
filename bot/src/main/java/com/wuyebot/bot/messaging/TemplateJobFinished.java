package com.wuyebot.bot.messaging;

/**
 * WeChat's TEMPLATESENDJOBFINISH: whether the template message with this msgid reached the resident
 * ({@code success}, {@code failed:user block}, {@code failed: system failed}). Published for every report, so
 * features that send templates outside this package (notices) can record the outcome of their own.
 */
public record TemplateJobFinished(String appId, long msgId, String status) {
}
