package com.wuyebot.bot.console;

import org.springframework.security.core.Authentication;

/**
 * The signed-in person behind a console request.
 *
 * @param presence null for the environment's administrator, who has no console_user row
 */
public record ConsoleActor(String username, String displayName, ConsoleRole role, Presence presence) {

  public ConsoleActor(String username, String displayName, ConsoleRole role) {
    this(username, displayName, role, null);
  }

  public boolean isManager() {
    return role == ConsoleRole.MANAGER || role == ConsoleRole.ADMIN;
  }

  static ConsoleActor of(Authentication authentication, ConsoleUsers users) {
    String username = authentication.getName();
    ConsoleRole role = authentication.getAuthorities().stream()
        .map(granted -> granted.getAuthority())
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> ConsoleRole.valueOf(authority.substring(5)))
        .max(Enum::compareTo)
        .orElseThrow(() -> new IllegalStateException("a console user without a role"));
    return users.find(username)
        .map(user -> new ConsoleActor(username, user.displayName(), role, user.presence()))
        .orElseGet(() -> new ConsoleActor(username, username, role, null));
  }
}
