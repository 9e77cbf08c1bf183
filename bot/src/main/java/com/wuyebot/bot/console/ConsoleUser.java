package com.wuyebot.bot.console;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who logs in to the console. The password is kept only as a BCrypt hash. */
@Entity
@Table(name = "console_user")
public class ConsoleUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsoleRole role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Presence presence;

  @Column(name = "presence_at")
  private Instant presenceAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected ConsoleUser() {
  }

  ConsoleUser(String username, String displayName, String passwordHash, ConsoleRole role, int capacity, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.capacity = capacity;
    this.enabled = true;
    this.presence = Presence.OFFLINE;
    this.createdAt = now;
  }

  void change(String displayName, ConsoleRole role, int capacity, boolean enabled) {
    this.displayName = displayName;
    this.role = role;
    this.capacity = capacity;
    this.enabled = enabled;
    if (!enabled) {
      this.presence = Presence.OFFLINE;
    }
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void setPresence(Presence presence, Instant at) {
    this.presence = presence;
    this.presenceAt = at;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public ConsoleRole role() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int capacity() {
    return capacity;
  }

  public Presence presence() {
    return presence;
  }

  public Instant presenceAt() {
    return presenceAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
