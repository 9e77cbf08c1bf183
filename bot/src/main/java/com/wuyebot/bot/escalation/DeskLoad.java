package com.wuyebot.bot.escalation;

import com.wuyebot.bot.ticket.TicketProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** How busy the desk was, day by day: what managers see in the inbox's chart. */
@Service
public class DeskLoad {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final EscalationRepository escalations;
  private final ZoneId zone;
  private final Clock clock;

  DeskLoad(EscalationRepository escalations, TicketProperties tickets, Clock clock) {
    this.escalations = escalations;
    this.zone = tickets.zone();
    this.clock = clock;
  }

  /** The last {@code days} days, oldest first, today included. */
  public List<DailyLoad> lastDays(int days) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate first = today.minusDays(Math.max(1, days) - 1L);
    Map<LocalDate, List<Escalation>> byDay = escalations.findByRequestedAtGreaterThanEqual(first.atStartOfDay(zone).toInstant())
        .stream().collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.requestedAt(), zone)));
    List<DailyLoad> load = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      List<Escalation> that = byDay.getOrDefault(day, List.of());
      long timedOut = that.stream().filter(e -> e.closeReason() == CloseReason.TIMEOUT).count();
      long averageWait = (long) that.stream().filter(e -> e.claimedAt() != null)
          .mapToLong(e -> Duration.between(e.requestedAt(), e.claimedAt()).toMinutes()).average().orElse(0);
      load.add(new DailyLoad(day.format(DAY), that.size(), timedOut, averageWait));
    }
    return load;
  }
}
