package com.wuyebot.bot.ticket;

public record TicketReopened(String number, String appId, String openId, String reason) {
}
