package com.wuyebot.bot.messaging;

/** How a message reached, or was meant to reach, the resident (PROTOCOL.md §5.3, §5.4). */
public enum Channel {
  CUSTOMER_SERVICE,
  TEMPLATE
}
