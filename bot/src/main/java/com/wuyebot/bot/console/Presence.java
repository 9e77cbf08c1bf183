package com.wuyebot.bot.console;

/** Whether an agent takes conversations now: only ONLINE agents count for queue estimates and claims. */
public enum Presence {
  ONLINE,
  AWAY,
  OFFLINE
}
