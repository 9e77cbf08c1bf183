package com.wuyebot.bot.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A follower of one of our official accounts, known by the openid WeChat gives for that account. */
@Entity
@Table(name = "resident")
public class Resident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false, updatable = false)
  private String appId;

  @Column(name = "open_id", nullable = false, updatable = false)
  private String openId;

  @Column(nullable = false)
  private boolean subscribed;

  @Column(name = "followed_at")
  private Instant followedAt;

  @Column(name = "unfollowed_at")
  private Instant unfollowedAt;

  @Column(name = "follow_scene")
  private String followScene;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Resident() {
  }

  Resident(String appId, String openId, Instant now) {
    this.appId = appId;
    this.openId = openId;
    this.createdAt = now;
  }

  void follow(Instant at, String scene) {
    subscribed = true;
    followedAt = at;
    followScene = scene;
  }

  void unfollow(Instant at) {
    subscribed = false;
    unfollowedAt = at;
  }

  public Long id() {
    return id;
  }

  public String appId() {
    return appId;
  }

  public String openId() {
    return openId;
  }

  public boolean isSubscribed() {
    return subscribed;
  }

  public Instant followedAt() {
    return followedAt;
  }

  public String followScene() {
    return followScene;
  }
}
