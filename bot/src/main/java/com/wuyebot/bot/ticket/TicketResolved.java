package com.wuyebot.bot.ticket;

/** Work done; the resident can confirm it or reopen within the window. */
public record TicketResolved(String number, String appId, String openId, String note) {
}
