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
    this.openId = openId == null || openId.isBlank() ? null : openId.strip();
    this.supervisor = supervisor;
    this.active = active;
  }

  void deactivate() {
    this.active = false;
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
