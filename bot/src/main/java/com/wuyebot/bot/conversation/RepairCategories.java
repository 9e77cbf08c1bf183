package com.wuyebot.bot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The category of a repair (it chooses the team), from general keywords. The first category
 * with a keyword in the text wins, so the more specific ones come first (a 楼道灯 is a shared
 * facility before it is electrical). Nothing known: 其他, for the front desk to sort.
 */
final class RepairCategories {

  static final String OTHER = "其他";

  private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

  static {
    KEYWORDS.put("电梯", List.of("电梯", "电悌", "轿厢", "扶梯"));
    KEYWORDS.put("公共设施", List.of("路灯", "楼道灯", "声控灯", "感应灯", "健身器材", "座椅", "长椅", "监控", "道闸", "车库",
        "井盖", "围栏", "护栏", "消防栓", "灭火器", "垃圾桶", "公共区域", "楼道", "单元门禁", "门禁", "充电桩", "信报箱", "喷泉"));
    KEYWORDS.put("门窗", List.of("窗", "门锁", "防盗门", "入户门", "单元门", "房门", "门把手", "门关不上", "门打不开", "锁坏",
        "锁芯", "玻璃", "合页", "门框"));
    KEYWORDS.put("燃气", List.of("燃气", "煤气", "天然气", "燃气灶"));
    KEYWORDS.put("管道", List.of("下水道", "下水", "堵了", "堵塞", "不通", "马桶", "地漏", "排水", "管道", "水管", "漏水", "渗水",
        "返水", "冒水", "化粪池", "污水", "暖气片", "暖气"));
    KEYWORDS.put("水电", List.of("停电", "没电", "跳闸", "插座", "开关", "电灯", "灯不亮", "灯坏", "电路", "漏电", "电线", "停水",
        "没水", "水压", "水龙头", "热水", "电表", "水表", "短路", "电闸"));
  }

  private RepairCategories() {
  }

  /** @param text the resident's words, without the address (its 门 is not a door) */
  static String of(String text) {
    for (Map.Entry<String, List<String>> category : KEYWORDS.entrySet()) {
      for (String keyword : category.getValue()) {
        if (text.contains(keyword)) {
          return category.getKey();
        }
      }
    }
    return OTHER;
  }
}
