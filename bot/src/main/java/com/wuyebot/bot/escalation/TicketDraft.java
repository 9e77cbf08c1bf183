package com.wuyebot.bot.escalation;

import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketType;

/** The ticket form of a conversation, prefilled from it and edited by the agent. */
public record TicketDraft(TicketType type, String category, TicketPriority priority, String community, String house,
    String location, String description, String requestKey) {
}
