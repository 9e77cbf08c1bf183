package com.wuyebot.bot.ticket;

/** A ticket given to a member (also a reassignment); staffOpenId is null until the member binds to the account. */
public record TicketAssigned(String number, String appId, String openId, long staffId, String staffName,
    String teamName, String staffOpenId, boolean automatic) {
}
