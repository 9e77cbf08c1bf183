package com.wuyebot.bot.notice;

import java.time.Instant;

/** One resident's delivery record of one notice, as managers see it. */
public record NoticeDelivery(String openId, DeliveryStatus status, String channel, int attempts, Integer errorCode,
    String failure, Instant sentAt, Instant updatedAt) {
}
