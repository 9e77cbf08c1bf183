package com.wuyebot.bot.ticket;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone               the company's time zone: the day in a ticket number and the roster's shifts
 * @param reopenWindow       how long after resolution a resident may reopen a ticket
 * @param autoAssignOnOpen   whether a new ticket goes straight to an on-duty member of its team
 */
@Validated
@ConfigurationProperties("bot.ticket")
public record TicketProperties(
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @DefaultValue("7d") Duration reopenWindow,
    @DefaultValue("true") boolean autoAssignOnOpen) {
}
