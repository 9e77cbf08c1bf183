package com.wuyebot.bot.resident;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A house in a community, its parts normalised so that the ways residents and registers write them
 * compare equal: 3栋, 3号楼, 三栋 and 3 are building 3; 2单元, 2门 and 2 are unit 2; 502室 is room 502.
 * The unit is empty for houses without one (villas, single-unit buildings).
 */
public record HouseAddress(String community, String building, String unit, String room) {

  private static final Pattern SUFFIX = Pattern.compile("(号楼栋|号楼|栋|幢|座|楼|单元|号门|门|室|号|房)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public HouseAddress {
    community = community == null ? "" : SPACES.matcher(community.strip()).replaceAll(" ");
    building = part(building);
    unit = part(unit);
    room = part(room);
  }

  /** 3栋2单元502, the one form staff and residents read. */
  public String label() {
    return building + "栋" + (unit.isEmpty() ? "" : unit + "单元") + room;
  }

  public boolean isComplete() {
    return !community.isEmpty() && !building.isEmpty() && !room.isEmpty();
  }

  /** 三号楼 → 3, 2单元 → 2, 五零二室 → 502, b座 → B; whatever else as written without spaces. */
  static String part(String raw) {
    if (raw == null) {
      return "";
    }
    String text = ChineseNumbers.halfWidth(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    String bare = SUFFIX.matcher(text).replaceAll("");
    if (bare.isEmpty()) {
      return "";
    }
    if (bare.chars().allMatch(Character::isDigit)) {
      return String.valueOf(Long.parseLong(bare.length() > 18 ? bare.substring(0, 18) : bare));
    }
    int value = ChineseNumbers.value(bare);
    if (value > 0) {
      return String.valueOf(value);
    }
    String digits = ChineseNumbers.digitByDigit(bare);
    return digits.chars().allMatch(Character::isDigit) ? digits : bare;
  }
}
