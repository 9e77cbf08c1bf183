package com.wuyebot.bot.ticket.sla;

/** The response and resolution deadlines of one ticket under the target that applies to it. */
public record SlaStatus(SlaTarget target, Deadline response, Deadline resolution) {
}
