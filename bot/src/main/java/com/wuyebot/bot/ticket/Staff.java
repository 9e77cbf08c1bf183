package com.wuyebot.bot.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member of a team who can be given tickets. Staff who leave are deactivated, never deleted. */
@Entity
@Table(name = "staff")
public class Staff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "team_id", nullable = false)
  private Team team;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String phone;

  @Column(name = "open_id")
  private String openId;

  /** The account the member bound to; notifications go to openId on it. */
  @Column(name = "app_id")
  private String appId;

  @Column(name = "binding_code")
  private String bindingCode;

  @Column(name = "binding_code_expires_at")
  private Instant bindingCodeExpiresAt;

  @Column(nullable = false)
  private boolean supervisor;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "last_assigned_at")
  private Instant lastAssignedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Staff() {
  }

  Staff(Team team, String name, String phone, String openId, boolean supervisor, Instant now) {
    this.createdAt = now;
    change(team, name, phone, openId, supervisor, true);
  }

  void change(Team team, String name, String phone, String openId, boolean supervisor, boolean active) {
    this.team = team;
    this.name = Team.requireText(name, "name");
    this.phone = Team.requireText(phone, "phone");
    String newOpenId = openId == null || openId.isBlank() ? null : openId.strip();
    if (newOpenId == null || !newOpenId.equals(this.openId)) {
      // an openid typed in by an administrator belongs to no known account until the member binds
      this.appId = null;
    }
    this.openId = newOpenId;
    this.supervisor = supervisor;
    this.active = active;
  }

  void deactivate() {
    this.active = false;
    this.bindingCode = null;
  }

  /** A one-time code the member sends to the account to bind; replaces an earlier one. */
  void offerBinding(String code, Instant expiresAt) {
    if (!active) {
      throw new IllegalArgumentException("Staff " + id + " is no longer active");
    }
    this.bindingCode = code;
    this.bindingCodeExpiresAt = expiresAt;
  }

  boolean bindingCodeValidAt(Instant now) {
    return active && bindingCode != null && bindingCodeExpiresAt != null && now.isBefore(bindingCodeExpiresAt);
  }

  void bind(String appId, String openId) {
    this.appId = appId;
    this.openId = openId;
    this.bindingCode = null;
    this.bindingCodeExpiresAt = null;
  }

  void unbind() {
    this.appId = null;
    this.openId = null;
  }

  void tookTicket(Instant at) {
    this.lastAssignedAt = at;
  }

  public Long id() {
    return id;
  }

  public Team team() {
    return team;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String openId() {
    return openId;
  }

  public String appId() {
    return appId;
  }

  /** Whether notifications can reach the member on WeChat. */
  public boolean isBound() {
    return appId != null && openId != null;
  }

  public boolean isSupervisor() {
    return supervisor;
  }

  public boolean isActive() {
    return active;
  }

  public Instant lastAssignedAt() {
    return lastAssignedAt;
  }
}
