package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import com.wuyebot.bot.resident.HouseAddress;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a repair is needed, read from a resident's words: a house written the usual ways
 * (3栋2单元502, 12-1-1101, 5号楼1门301, 3号楼2单元), written as 3栋2单元502 so staff read one
 * form; or a shared place (地下车库, 小区大门 …) kept as the resident wrote it.
 */
final class Places {

  private static final String NUM = "(\\d{1,3}|[一二三四五六七八九十两]{1,3})";
  private static final Pattern HOUSE = Pattern.compile(
      NUM + "\\s*(?:栋|幢|号楼|座|号楼栋)\\s*(?:" + NUM + "\\s*(?:单元|门|号门))?\\s*(?:(\\d{3,4}|[零〇一二三四五六七八九]{3,4})\\s*(?:室|号|房)?)?");
  private static final Pattern DASHED = Pattern.compile("(?<![\\d-])(\\d{1,3})-(\\d{1,2})-(\\d{3,4})(?![\\d-])");
  private static final List<String> SHARED = List.of("地下车库", "地下停车场", "停车场", "车库", "地下室", "大堂", "门厅",
      "楼道", "楼梯间", "走廊", "天台", "楼顶", "小区大门", "小区门口", "北门", "南门", "东门", "西门", "侧门", "花园",
      "广场", "会所", "健身区", "儿童乐园", "游乐区", "垃圾站", "垃圾房", "物业办公室", "岗亭");

  private Places() {
  }

  record Place(String house, String location) {
  }

  static Optional<Place> find(String text) {
    String normal = ChineseNumbers.halfWidth(text);
    String house = house(normal).orElse(null);
    String shared = SHARED.stream().filter(normal::contains).findFirst().orElse(null);
    if (house == null && shared == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(house, shared));
  }

  static Optional<String> house(String text) {
    return houseParts(text).map(parts -> new HouseAddress("", parts[0], parts[1], parts[2]).label());
  }

  /** A house with its room in the resident's community, for binding: 3栋2单元502 → building 3, unit 2, room 502. */
  static Optional<HouseAddress> address(String community, String text) {
    return houseParts(text).filter(parts -> parts[2] != null)
        .map(parts -> new HouseAddress(community, parts[0], parts[1], parts[2]));
  }

  /** building, unit (or null), room (or null), as digits. */
  private static Optional<String[]> houseParts(String text) {
    String normal = ChineseNumbers.halfWidth(text);
    Matcher dashed = DASHED.matcher(normal);
    if (dashed.find()) {
      return Optional.of(new String[] {dashed.group(1), dashed.group(2), dashed.group(3)});
    }
    Matcher house = HOUSE.matcher(normal);
    while (house.find()) {
      int building = ChineseNumbers.value(house.group(1));
      if (building <= 0) {
        continue;
      }
      String unit = null;
      if (house.group(2) != null && ChineseNumbers.value(house.group(2)) > 0) {
        unit = String.valueOf(ChineseNumbers.value(house.group(2)));
      }
      String room = house.group(3) == null ? null : ChineseNumbers.digitByDigit(house.group(3));
      return Optional.of(new String[] {String.valueOf(building), unit, room});
    }
    return Optional.empty();
  }

  /** The text with any house number taken out, so its 门 (5号楼1门) is not read as a door. */
  static String withoutHouse(String text) {
    String normal = ChineseNumbers.halfWidth(text);
    return HOUSE.matcher(DASHED.matcher(normal).replaceAll(" ")).replaceAll(" ");
  }
}
