package com.wuyebot.bot.notice;

/**
 * Where a resident lives, as far as notices care: community, building and unit (unit empty when the building
 * has none). Room numbers never matter for targeting.
 */
public record House(String community, String building, String unit) {

  public House {
    community = trim(community);
    building = trim(building);
    unit = trim(unit);
  }

  boolean inBuilding(String community, String building) {
    return this.community.equals(trim(community)) && this.building.equals(trim(building));
  }

  boolean inUnit(String community, String building, String unit) {
    return inBuilding(community, building) && this.unit.equals(trim(unit));
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
