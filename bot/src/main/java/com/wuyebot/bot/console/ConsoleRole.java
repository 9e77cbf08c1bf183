package com.wuyebot.bot.console;

/** What a console user may do: agents take conversations, managers also run the desk, administrators everything. */
public enum ConsoleRole {
  AGENT,
  MANAGER,
  ADMIN;

  /** The Spring Security authority, e.g. {@code ROLE_AGENT}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
