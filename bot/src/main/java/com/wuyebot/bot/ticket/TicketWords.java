package com.wuyebot.bot.ticket;

import com.wuyebot.bot.wording.Wording;
import java.util.LinkedHashMap;
import java.util.Map;

/** The placeholders of staff texts about one ticket: number, category, place, description. */
public final class TicketWords {

  private static final int MAX_DESCRIPTION = 60;

  private TicketWords() {
  }

  /** A mutable map, so callers can add their own placeholders. */
  public static Map<String, Object> of(Ticket ticket, Wording wording) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("number", ticket.number());
    values.put("category", ticket.category());
    values.put("place", place(ticket, wording));
    String description = ticket.description();
    values.put("description", description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) + "…" : description);
    return values;
  }

  private static String place(Ticket ticket, Wording wording) {
    String place = ticket.house() != null ? ticket.house() : ticket.location();
    if (place == null || place.isBlank()) {
      return wording.text("ticket.staff.place-unknown");
    }
    return ticket.community() + place;
  }
}
