package com.wuyebot.bot.notice;

import java.util.List;
import java.util.Set;

/**
 * Whom a notice is for, within one account: the union of everything selected, limited to residents who
 * follow the account now. Empty selectors select nobody; a target must select something.
 *
 * @param allFollowers every follower of the account
 * @param communities  every resident with a house in one of these communities (all bound residents of a community)
 * @param buildings    every resident with a house in one of these buildings
 * @param units        every resident with a house in one of these units
 * @param tags         every resident carrying one of these tags
 */
public record Target(Boolean allFollowers, List<String> communities, List<Building> buildings, List<Unit> units,
    List<String> tags) {

  public record Building(String community, String building) {
  }

  public record Unit(String community, String building, String unit) {
  }

  public Target {
    allFollowers = Boolean.TRUE.equals(allFollowers);
    communities = communities == null ? List.of() : List.copyOf(communities);
    buildings = buildings == null ? List.of() : List.copyOf(buildings);
    units = units == null ? List.of() : List.copyOf(units);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public static Target followers() {
    return new Target(true, null, null, null, null);
  }

  public static Target buildings(Building... buildings) {
    return new Target(false, null, List.of(buildings), null, null);
  }

  public boolean selectsSomething() {
    return allFollowers || !communities.isEmpty() || !buildings.isEmpty() || !units.isEmpty() || !tags.isEmpty();
  }

  /** Whether a follower living in these houses and carrying these tags is one of the target. */
  public boolean covers(List<House> houses, Set<String> residentTags) {
    if (allFollowers || tags.stream().anyMatch(residentTags::contains)) {
      return true;
    }
    return houses.stream().anyMatch(house -> communities.contains(house.community())
        || buildings.stream().anyMatch(b -> house.inBuilding(b.community(), b.building()))
        || units.stream().anyMatch(u -> house.inUnit(u.community(), u.building(), u.unit())));
  }
}
