package com.wuyebot.bot.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the outage kind of a report and the building of a house. */
final class Outages {

  /** 3栋2单元502, 5号楼1门301, 7幢, 2座; 12-1-1101. */
  private static final Pattern BUILDING = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:栋|号楼|幢|座|号|-)");

  private Outages() {
  }

  static Optional<String> kindOf(String category, String description, Map<String, List<String>> kinds) {
    String text = (category == null ? "" : category) + " " + (description == null ? "" : description);
    return kinds.entrySet().stream()
        .filter(kind -> kind.getKey().equals(category) || kind.getValue().stream().anyMatch(text::contains))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The building as 「N栋」, whatever way the house was written. */
  static Optional<String> buildingOf(String house) {
    if (house == null) {
      return Optional.empty();
    }
    Matcher matcher = BUILDING.matcher(house);
    return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1)) + "栋") : Optional.empty();
  }
}
