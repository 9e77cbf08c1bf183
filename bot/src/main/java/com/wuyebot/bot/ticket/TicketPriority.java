package com.wuyebot.bot.ticket;

public enum TicketPriority {
  URGENT, HIGH, NORMAL
}
