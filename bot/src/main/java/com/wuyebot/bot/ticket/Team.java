package com.wuyebot.bot.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A group that takes the tickets of some categories (水电组, 土建组, 电梯维保, 客服 …). */
@Entity
@Table(name = "team")
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  /** Null: the team serves every community. */
  private String community;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "team_category", joinColumns = @JoinColumn(name = "team_id"))
  @Column(name = "category", nullable = false)
  private Set<String> categories = new TreeSet<>();

  @Column(nullable = false)
  private boolean active;

  /** The team's WeCom group-robot webhook (it carries the robot's key: never logged); null for none. */
  @Column(name = "wecom_webhook")
  private String wecomWebhook;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Team() {
  }

  Team(String name, String community, Collection<String> categories, Instant now) {
    this.createdAt = now;
    this.active = true;
    change(name, community, categories, true);
  }

  void change(String name, String community, Collection<String> categories, boolean active) {
    this.name = requireText(name, "name");
    this.community = community == null || community.isBlank() ? null : community.strip();
    this.categories.clear();
    categories.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(this.categories::add);
    this.active = active;
  }

  /** @param url an http(s) address such as {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}; blank for none */
  void useWecomRobot(String url) {
    if (url == null || url.isBlank()) {
      this.wecomWebhook = null;
      return;
    }
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("wecomWebhook is not a valid URL");
    }
    if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("wecomWebhook must be an http(s) URL");
    }
    this.wecomWebhook = uri.toString();
  }

  /** Whether this team takes tickets of the category in the community. */
  boolean serves(String category, String ticketCommunity) {
    return active && categories.contains(category) && (community == null || community.equals(ticketCommunity));
  }

  /** A team of the ticket's own community is preferred over one that serves all communities. */
  boolean isCommunitySpecific() {
    return community != null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String community() {
    return community;
  }

  public Set<String> categories() {
    return Set.copyOf(categories);
  }

  public String wecomWebhook() {
    return wecomWebhook;
  }

  public boolean isActive() {
    return active;
  }

  static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }
}
