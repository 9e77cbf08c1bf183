package com.wuyebot.bot.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A house a resident bound to their account. The address is copied from the register, so a
 * binding survives the register being re-imported or a row deleted.
 */
@Entity
@Table(name = "resident_house")
public class ResidentHouse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Column(nullable = false, updatable = false)
  private String community;

  @Column(nullable = false, updatable = false)
  private String building;

  @Column(nullable = false, updatable = false)
  private String unit;

  @Column(nullable = false, updatable = false)
  private String room;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt;

  protected ResidentHouse() {
  }

  ResidentHouse(String appId, String openId, HouseAddress address, Instant now) {
    this.appId = appId;
    this.openId = openId;
    this.community = address.community();
    this.building = address.building();
    this.unit = address.unit();
    this.room = address.room();
    this.boundAt = now;
  }

  public Long id() {
    return id;
  }

  public HouseAddress address() {
    return new HouseAddress(community, building, unit, room);
  }

  public String community() {
    return community;
  }

  /** 3栋2单元502 */
  public String label() {
    return address().label();
  }

  public Instant boundAt() {
    return boundAt;
  }
}
