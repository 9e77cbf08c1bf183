package com.wuyebot.bot.ticket.sla;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The working day that business-time targets count; the zone is the ticket feature's
 * ({@code bot.ticket.zone}).
 *
 * @param workingHours  opening hours, e.g. {@code 08:30-17:30}
 * @param lunchBreak    e.g. {@code 12:00-13:30} inside the opening hours; empty for none (the
 *                      default: many service desks take repairs over lunch)
 * @param warnBefore    how long before a due time the assignee is warned, in wall-clock time;
 *                      at most half the target, so a 30-minute target is not warned at opening
 * @param sweepInterval how often the clustered job looks for warnings and breaches
 */
@Validated
@ConfigurationProperties("bot.sla")
public record SlaProperties(
    @NotNull @Pattern(regexp = WorkingHours.RANGE) @DefaultValue("08:30-17:30") String workingHours,
    @Pattern(regexp = "|" + WorkingHours.RANGE) @DefaultValue("") String lunchBreak,
    @NotNull @DefaultValue("30m") Duration warnBefore,
    @NotNull @DefaultValue("1m") Duration sweepInterval) {

  public WorkingHours hours() {
    return WorkingHours.of(workingHours, lunchBreak);
  }
}
