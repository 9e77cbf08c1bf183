package com.wuyebot.bot.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Handing conversations to agents.
 *
 * @param agentHours          when agents answer, e.g. {@code 08:00-20:00}, in the company's zone (bot.ticket.zone)
 * @param agentDaysOff        weekdays without agents, e.g. {@code SUNDAY}; none by default
 * @param averageHandleTime   what one conversation takes an agent, for the wait a resident is told
 * @param waitingTimeout      a conversation nobody took for this long goes back to the bot, with a callback ticket
 * @param activeIdleTimeout   an agent's conversation without any message for this long goes back to the bot
 * @param unclaimedAlertAfter a waiting conversation is flagged in the inbox and logged after this
 * @param sweepInterval       how often timeouts and alerts are checked
 * @param callbackCategory    the ticket category of callback requests
 */
@ConfigurationProperties("bot.escalation")
@Validated
public record EscalationProperties(
    @DefaultValue("08:00-20:00") @NotBlank String agentHours,
    Set<DayOfWeek> agentDaysOff,
    @DefaultValue("4m") @NotNull Duration averageHandleTime,
    @DefaultValue("2h") @NotNull Duration waitingTimeout,
    @DefaultValue("30m") @NotNull Duration activeIdleTimeout,
    @DefaultValue("5m") @NotNull Duration unclaimedAlertAfter,
    @DefaultValue("30s") @NotNull Duration sweepInterval,
    @DefaultValue("人工回电") @NotBlank String callbackCategory) {

  public EscalationProperties {
    agentDaysOff = agentDaysOff == null ? Set.of() : Set.copyOf(agentDaysOff);
  }
}
