package com.wuyebot.bot.notice;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience data managers keep for notices: which house a follower lives in and which tags they carry.
 * Recording the same house or tag again, also at the same moment elsewhere, changes nothing.
 */
@Service
public class Households {

  static final int MAX_TAG = 30;
  static final int MAX_FIELD = 32;

  private final JdbcTemplate jdbc;

  Households(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Household(String appId, String openId, String community, String building, String unit, String room) {
  }

  @Transactional
  public void record(List<Household> households) {
    for (Household h : households) {
      require(h.appId(), "appId");
      require(h.openId(), "openId");
      require(h.community(), "community");
      require(h.building(), "building");
      if (length(h.building()) > MAX_FIELD || length(h.unit()) > MAX_FIELD || length(h.room()) > MAX_FIELD
          || length(h.community()) > 100) {
        throw new InvalidNoticeException("building, unit and room are at most 32 characters, community 100");
      }
    }
    jdbc.batchUpdate("INSERT INTO notice_household (app_id, open_id, community, building, unit, room) "
        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", households, 1000, (ps, h) -> {
          House house = new House(h.community(), h.building(), h.unit());
          ps.setString(1, h.appId());
          ps.setString(2, h.openId());
          ps.setString(3, house.community());
          ps.setString(4, house.building());
          ps.setString(5, house.unit());
          ps.setString(6, strip(h.room()));
        });
  }

  @Transactional
  public int remove(String appId, String openId) {
    return jdbc.update("DELETE FROM notice_household WHERE app_id = ? AND open_id = ?", appId, openId);
  }

  @Transactional
  public void tag(String appId, List<String> openIds, String tag) {
    require(appId, "appId");
    require(tag, "tag");
    if (tag.strip().length() > MAX_TAG) {
      throw new InvalidNoticeException("tag is at most 30 characters");
    }
    openIds.forEach(openId -> require(openId, "openId"));
    jdbc.batchUpdate("INSERT INTO notice_resident_tag (app_id, open_id, tag) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        openIds, 1000, (ps, openId) -> {
          ps.setString(1, appId);
          ps.setString(2, openId);
          ps.setString(3, tag.strip());
        });
  }

  @Transactional
  public int untag(String appId, String openId, String tag) {
    return jdbc.update("DELETE FROM notice_resident_tag WHERE app_id = ? AND open_id = ? AND tag = ?", appId, openId, tag);
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidNoticeException(name + " is required");
    }
  }

  private static int length(String value) {
    return value == null ? 0 : value.strip().length();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
