package com.wuyebot.bot.notice;

import com.wuyebot.bot.resident.ResidentDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link NoticeAudience} on followers ({@link ResidentDirectory}) and the tables notice_household and notice_resident_tag. */
@Component
class StoredAudience implements NoticeAudience {

  private final ResidentDirectory residents;
  private final JdbcTemplate jdbc;

  StoredAudience(ResidentDirectory residents, JdbcTemplate jdbc) {
    this.residents = residents;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> recipients(String appId, Target target) {
    List<String> followers = residents.followers(appId);
    if (target.allFollowers()) {
      return followers;
    }
    Set<String> selected = new HashSet<>(byHouse(appId, target));
    if (!target.tags().isEmpty()) {
      List<Object> args = new ArrayList<>();
      args.add(appId);
      args.addAll(target.tags());
      selected.addAll(jdbc.queryForList("SELECT open_id FROM notice_resident_tag WHERE app_id = ? AND tag IN ("
          + marks(target.tags().size()) + ")", String.class, args.toArray()));
    }
    return followers.stream().filter(selected::contains).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isTargeted(String appId, String openId, Target target) {
    if (!residents.find(appId, openId).map(r -> r.isSubscribed()).orElse(false)) {
      return false;
    }
    List<House> houses = jdbc.query("SELECT community, building, unit FROM notice_household WHERE app_id = ? AND open_id = ?",
        (rs, i) -> new House(rs.getString(1), rs.getString(2), rs.getString(3)), appId, openId);
    Set<String> tags = new HashSet<>(jdbc.queryForList(
        "SELECT tag FROM notice_resident_tag WHERE app_id = ? AND open_id = ?", String.class, appId, openId));
    return target.covers(houses, tags);
  }

  private List<String> byHouse(String appId, Target target) {
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    args.add(appId);
    if (!target.communities().isEmpty()) {
      conditions.add("community IN (" + marks(target.communities().size()) + ")");
      target.communities().forEach(c -> args.add(c.strip()));
    }
    for (Target.Building b : target.buildings()) {
      conditions.add("(community = ? AND building = ?)");
      args.add(new House(b.community(), b.building(), null).community());
      args.add(new House(b.community(), b.building(), null).building());
    }
    for (Target.Unit u : target.units()) {
      House house = new House(u.community(), u.building(), u.unit());
      conditions.add("(community = ? AND building = ? AND unit = ?)");
      args.add(house.community());
      args.add(house.building());
      args.add(house.unit());
    }
    if (conditions.isEmpty()) {
      return List.of();
    }
    return jdbc.queryForList("SELECT DISTINCT open_id FROM notice_household WHERE app_id = ? AND ("
        + String.join(" OR ", conditions) + ")", String.class, args.toArray());
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
