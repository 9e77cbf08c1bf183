package com.wuyebot.bot.console;

import org.springframework.security.core.Authentication;

/** The signed-in person behind a console request. */
public record ConsoleActor(String username, String displayName, ConsoleRole role) {

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
    String displayName = users.find(username).map(ConsoleUser::displayName).orElse(username);
    return new ConsoleActor(username, displayName, role);
  }
}
