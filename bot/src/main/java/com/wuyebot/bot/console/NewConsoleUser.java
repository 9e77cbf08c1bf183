package com.wuyebot.bot.console;

import java.util.regex.Pattern;

/**
 * A user the administrator creates.
 *
 * @param capacity how many conversations the user holds at once at most; null means 5
 */
public record NewConsoleUser(String username, String displayName, String password, ConsoleRole role, Integer capacity) {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
  public static final int MIN_PASSWORD = 10;

  public NewConsoleUser {
    if (username == null || !USERNAME.matcher(username.strip()).matches()) {
      throw new IllegalArgumentException("username must be 2 to 64 letters, digits, dots, dashes or underscores");
    }
    username = username.strip();
    displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    if (displayName.length() > 100) {
      throw new IllegalArgumentException("displayName longer than 100 characters");
    }
    requirePassword(password);
    if (role == null) {
      throw new IllegalArgumentException("role must be AGENT, MANAGER or ADMIN");
    }
    capacity = requireCapacity(capacity == null ? 5 : capacity);
  }

  static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
      throw new IllegalArgumentException("password must have " + MIN_PASSWORD + " to 72 characters");
    }
  }

  static int requireCapacity(int capacity) {
    if (capacity < 1 || capacity > 50) {
      throw new IllegalArgumentException("capacity must be between 1 and 50");
    }
    return capacity;
  }
}
