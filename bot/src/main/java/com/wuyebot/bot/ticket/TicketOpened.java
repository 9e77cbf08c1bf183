package com.wuyebot.bot.ticket;

/** A new ticket; appId and openId are null when it was not opened for a resident. */
public record TicketOpened(String number, TicketType type, String category, String community, String appId, String openId) {
}
