package com.wuyebot.bot.dashboard;

/** A date range the dashboard refuses; the message is shown to the manager. */
public class InvalidDashboardRangeException extends IllegalArgumentException {

  public InvalidDashboardRangeException(String message) {
    super(message);
  }
}
