package com.wuyebot.bot.ticket;

/** What the resident brings; the prefix starts the ticket number (BX20261126-0012). */
public enum TicketType {
  /** 报修 */
  REPAIR("BX"),
  /** 投诉 */
  COMPLAINT("TS"),
  /** 建议 */
  SUGGESTION("JY"),
  /** 表扬 */
  PRAISE("BY");

  private final String prefix;

  TicketType(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
