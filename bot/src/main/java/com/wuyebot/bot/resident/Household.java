package com.wuyebot.bot.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person registered for a house in the household register (业主/住户名册). */
@Entity
@Table(name = "household")
public class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String community;

  @Column(nullable = false)
  private String building;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false)
  private String room;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String phone;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Household() {
  }

  Household(HouseAddress address, String name, String phone, Instant now) {
    this.community = address.community();
    this.building = address.building();
    this.unit = address.unit();
    this.room = address.room();
    this.name = name;
    this.phone = phone;
    this.createdAt = now;
  }

  void rename(String name) {
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public HouseAddress address() {
    return new HouseAddress(community, building, unit, room);
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
