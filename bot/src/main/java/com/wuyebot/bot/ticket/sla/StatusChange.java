package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.TicketStatus;
import java.time.Instant;

/** From this instant on, the ticket was in this state. */
public record StatusChange(Instant at, TicketStatus to) {
}
