package com.wuyebot.bot.dashboard;

import com.wuyebot.bot.ticket.TicketProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The range a request asks for, with the defaults (the last days up to today) and the limit on its length. */
@Component
public class DashboardRanges {

  private final DashboardProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  DashboardRanges(DashboardProperties properties, Clock clock, TicketProperties tickets) {
    this.properties = properties;
    this.clock = clock;
    this.zone = tickets.zone();
  }

  public DashboardRange of(String community, LocalDate from, LocalDate to) {
    LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
    LocalDate start = from != null ? from : end.minusDays(properties.defaultDays() - 1L);
    DashboardRange range = new DashboardRange(community, start, end, zone);
    if (range.length() > properties.maxDays()) {
      throw new InvalidDashboardRangeException("日期范围最长 " + properties.maxDays() + " 天。");
    }
    return range;
  }
}
