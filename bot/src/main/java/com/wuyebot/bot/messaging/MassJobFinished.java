package com.wuyebot.bot.messaging;

/**
 * WeChat's MASSSENDJOBFINISH: what became of the mass send job with this msg_id ({@code send success},
 * {@code send fail}, {@code err(N)} when review refused it) and WeChat's counts of its followers: targeted, left
 * after filtering, sent, failed. Published for every report; the feature that sent the job (notices) records it.
 */
public record MassJobFinished(String appId, long msgId, String status, int totalCount, int filterCount, int sentCount,
    int errorCount) {
}
