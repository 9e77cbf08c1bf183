package com.wuyebot.bot.console;

import com.wuyebot.bot.ticket.TicketProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as console pages show them, in the company's zone. Views reach it as {@code times}. */
@Component
public class ConsoleTimes {

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private final DateTimeFormatter format;
  private final Clock clock;

  ConsoleTimes(TicketProperties tickets, Clock clock) {
    this.format = SHORT.withZone(tickets.zone());
    this.clock = clock;
  }

  public String of(Instant at) {
    return at == null ? "" : format.format(at);
  }

  /** What is left until {@code end}, e.g. 「47小时12分」; 「已结束」 when it has passed. */
  public String left(Instant end) {
    Duration left = Duration.between(clock.instant(), end);
    if (left.isNegative() || left.isZero()) {
      return "已结束";
    }
    return left.toHours() > 0 ? left.toHours() + "小时" + left.toMinutesPart() + "分" : left.toMinutes() + "分";
  }

  public long epochMillis(Instant at) {
    return at.toEpochMilli();
  }
}
