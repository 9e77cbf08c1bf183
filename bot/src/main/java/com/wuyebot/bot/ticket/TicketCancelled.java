package com.wuyebot.bot.ticket;

public record TicketCancelled(String number, String appId, String openId, String reason) {
}
