package com.wuyebot.bot.console;

import com.wuyebot.bot.security.AdminProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign in to the console: the users of table console_user, and the environment's
 * administrator ({@code bot.admin.*}) as ADMIN, checked by the same user store that guards the API
 * so a generated trial password works here too. Not a bean: the API's chain must keep finding its
 * one {@link UserDetailsService}.
 */
class ConsoleAccounts implements UserDetailsService {

  private final ConsoleUserRepository users;
  private final UserDetailsService administrators;
  private final AdminProperties admin;

  ConsoleAccounts(ConsoleUserRepository users, UserDetailsService administrators, AdminProperties admin) {
    this.users = users;
    this.administrators = administrators;
    this.admin = admin;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    if (username == null || username.isBlank()) {
      throw new UsernameNotFoundException("empty user name");
    }
    if (username.equals(admin.username())) {
      return administrators.loadUserByUsername(username);
    }
    return users.findByUsername(username)
        .map(user -> User.withUsername(user.username())
            .password(user.passwordHash())
            .authorities(user.role().authority())
            .disabled(!user.isEnabled())
            .build())
        .orElseThrow(() -> new UsernameNotFoundException("no such console user"));
  }
}
