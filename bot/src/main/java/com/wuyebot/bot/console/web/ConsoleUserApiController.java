package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.console.ConsoleUser;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.console.NewConsoleUser;
import com.wuyebot.bot.console.Presence;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Console users for administrators and provisioning scripts; passwords go in, never out. */
@RestController
@RequestMapping("/api/console-users")
class ConsoleUserApiController {

  private final ConsoleUsers users;

  ConsoleUserApiController(ConsoleUsers users) {
    this.users = users;
  }

  record UserResponse(String username, String displayName, ConsoleRole role, boolean enabled, int capacity,
      Presence presence, Instant createdAt) {

    static UserResponse of(ConsoleUser user) {
      return new UserResponse(user.username(), user.displayName(), user.role(), user.isEnabled(), user.capacity(),
          user.presence(), user.createdAt());
    }
  }

  record ChangeRequest(String displayName, ConsoleRole role, Integer capacity, Boolean enabled, String password) {
  }

  @GetMapping
  List<UserResponse> all() {
    return users.all().stream().map(UserResponse::of).toList();
  }

  @GetMapping("/{username}")
  UserResponse one(@PathVariable String username) {
    return UserResponse.of(users.get(username));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserResponse create(@RequestBody NewConsoleUser request, Authentication authentication) {
    return UserResponse.of(users.create(request, authentication.getName()));
  }

  @PutMapping("/{username}")
  UserResponse change(@PathVariable String username, @RequestBody ChangeRequest request, Authentication authentication) {
    ConsoleUser current = users.get(username);
    ConsoleUser changed = users.change(username, request.displayName(),
        request.role() == null ? current.role() : request.role(),
        request.capacity() == null ? current.capacity() : request.capacity(),
        request.enabled() == null ? current.isEnabled() : request.enabled(), authentication.getName());
    if (request.password() != null) {
      users.changePassword(username, request.password(), authentication.getName());
    }
    return UserResponse.of(changed);
  }
}
