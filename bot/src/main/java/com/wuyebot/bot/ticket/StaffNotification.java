package com.wuyebot.bot.ticket;

import java.time.Instant;

/** One recorded staff notification and how it went. */
public record StaffNotification(long id, String purpose, String channel, String recipient, Long staffId,
    String ticketNumber, String body, StaffNotificationStatus status, Integer errcode, String error, Instant createdAt,
    Instant sentAt) {
}
