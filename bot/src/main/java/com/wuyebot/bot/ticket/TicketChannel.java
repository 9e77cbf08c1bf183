package com.wuyebot.bot.ticket;

/** Where a ticket came from. */
public enum TicketChannel {
  WECHAT, CONSOLE, API
}
