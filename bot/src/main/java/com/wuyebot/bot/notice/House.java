package com.wuyebot.bot.notice;

import com.wuyebot.bot.resident.HouseAddress;

/**
 * Where a resident lives, as far as notices care: community, building and unit (unit empty when the building
 * has none), written the way the household register writes them (3栋, 3号楼 and 三栋 are building 3), so a
 * manager's target matches the houses residents bound. Room numbers never matter for targeting.
 */
public record House(String community, String building, String unit) {

  public House {
    HouseAddress address = new HouseAddress(community, building, unit, null);
    community = address.community();
    building = address.building();
    unit = address.unit();
  }

  boolean inBuilding(String community, String building) {
    House other = new House(community, building, null);
    return this.community.equals(other.community) && this.building.equals(other.building);
  }

  boolean inUnit(String community, String building, String unit) {
    return inBuilding(community, building) && this.unit.equals(new House(community, building, unit).unit);
  }
}
