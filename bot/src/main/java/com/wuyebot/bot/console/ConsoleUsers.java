package com.wuyebot.bot.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The console's users: created by administrators, with their presence and capacity. */
@Service
public class ConsoleUsers {

  private static final Logger log = LoggerFactory.getLogger(ConsoleUsers.class);

  private final ConsoleUserRepository users;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;

  ConsoleUsers(ConsoleUserRepository users, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public ConsoleUser create(NewConsoleUser request, String by) {
    if (users.findByUsername(request.username()).isPresent()) {
      throw new ConsoleUserExistsException(request.username());
    }
    try {
      ConsoleUser user = users.saveAndFlush(new ConsoleUser(request.username(), request.displayName(),
          encoder.encode(request.password()), request.role(), request.capacity(), clock.instant()));
      audit.record(by, "user.create", request.username() + " " + request.role());
      log.info("Console user {} ({}) created by {}", request.username(), request.role(), by);
      return user;
    } catch (DataIntegrityViolationException e) {
      throw new ConsoleUserExistsException(request.username());
    }
  }

  @Transactional(readOnly = true)
  public List<ConsoleUser> all() {
    return users.findAllByOrderByUsername();
  }

  @Transactional(readOnly = true)
  public Optional<ConsoleUser> find(String username) {
    return users.findByUsername(username);
  }

  /** The name residents and colleagues see; the user name itself for someone without a console_user row. */
  public String displayNameOf(String username) {
    return find(username).map(ConsoleUser::displayName).orElse(username);
  }

  public ConsoleUser get(String username) {
    return find(username).orElseThrow(() -> new ConsoleUserNotFoundException(username));
  }

  @Transactional
  public ConsoleUser change(String username, String displayName, ConsoleRole role, int capacity, boolean enabled,
      String by) {
    if (role == null) {
      throw new IllegalArgumentException("role must be AGENT, MANAGER or ADMIN");
    }
    ConsoleUser user = get(username);
    String name = displayName == null || displayName.isBlank() ? user.displayName() : displayName.strip();
    user.change(name, role, NewConsoleUser.requireCapacity(capacity), enabled);
    audit.record(by, "user.change", username + " " + role + (enabled ? "" : " disabled"));
    return user;
  }

  @Transactional
  public void changePassword(String username, String password, String by) {
    NewConsoleUser.requirePassword(password);
    get(username).changePassword(encoder.encode(password));
    audit.record(by, "user.password", username);
  }

  @Transactional
  public void setPresence(String username, Presence presence) {
    users.findByUsername(username).ifPresent(user -> user.setPresence(presence, clock.instant()));
  }

  /** Agents (of any role) who said they take conversations now. */
  @Transactional(readOnly = true)
  public List<ConsoleUser> online() {
    return users.findByEnabledTrueAndPresence(Presence.ONLINE);
  }

  /** Who is signed in, with the role that counts and the name residents see. */
  public ConsoleActor actor(org.springframework.security.core.Authentication authentication) {
    return ConsoleActor.of(authentication, this);
  }
}
