package com.wuyebot.bot.ticket;

/**
 * A resident urged (催单) an open ticket; the dispatch side tells the assignee.
 *
 * @param urges how often the resident has urged this ticket so far
 */
public record TicketUrged(long ticketId, String number, int urges, TicketPriority priority) {
}
