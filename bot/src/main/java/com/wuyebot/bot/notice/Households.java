package com.wuyebot.bot.notice;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audience data managers keep for notices: which house a follower lives in and which tags they carry.
 * Recording the same house or tag again changes nothing.
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
      try {
        jdbc.update("INSERT INTO notice_household (app_id, open_id, community, building, unit, room) "
                + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notice_household WHERE app_id = ? AND open_id = ? "
                + "AND community = ? AND building = ? AND unit = ? AND room = ?)",
            h.appId(), h.openId(), h.community().strip(), h.building().strip(), strip(h.unit()), strip(h.room()),
            h.appId(), h.openId(), h.community().strip(), h.building().strip(), strip(h.unit()), strip(h.room()));
      } catch (DuplicateKeyException e) {
        // recorded at the same moment by another request: the row is there, which is all we want
      }
    }
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
    for (String openId : openIds) {
      require(openId, "openId");
      try {
        jdbc.update("INSERT INTO notice_resident_tag (app_id, open_id, tag) SELECT ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM notice_resident_tag WHERE app_id = ? AND open_id = ? AND tag = ?)",
            appId, openId, tag.strip(), appId, openId, tag.strip());
      } catch (DuplicateKeyException e) {
        // tagged at the same moment elsewhere
      }
    }
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
