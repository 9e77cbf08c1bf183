package com.wuyebot.bot.ticket;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When reports become one incident.
 *
 * @param window     reports of the same outage in the same building within this time are grouped
 * @param minReports how many reports make an incident
 * @param kinds      outage kind to the words that mark it in a ticket's category or description
 */
@Validated
@ConfigurationProperties("bot.ticket.incidents")
public record IncidentProperties(
    @DefaultValue("true") boolean enabled,
    @NotNull @DefaultValue("2h") Duration window,
    @Min(2) @DefaultValue("2") int minReports,
    Map<String, List<String>> kinds) {

  public IncidentProperties {
    if (kinds == null || kinds.isEmpty()) {
      kinds = new LinkedHashMap<>();
      kinds.put("停水", List.of("停水", "没水", "断水", "水停了", "没有水"));
      kinds.put("停电", List.of("停电", "没电", "断电", "跳闸", "没有电"));
      kinds.put("电梯", List.of("电梯"));
    }
    kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }
}
