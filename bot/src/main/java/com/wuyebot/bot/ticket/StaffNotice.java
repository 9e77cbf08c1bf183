package com.wuyebot.bot.ticket;

import java.util.List;
import java.util.Objects;

/**
 * One notification for staff: to each member by WeChat template message and, when {@code teamId}
 * names a team with a WeCom robot, once to that team's group.
 *
 * @param purpose      what this is about, unique per occurrence (e.g. {@code assigned:BX…:41}); a
 *                     second notice with the same purpose reaches nobody who got the first
 * @param ticketNumber the ticket concerned, or null (a digest)
 * @param title        a short heading (the template's first field)
 * @param text         the whole message
 * @param staffIds     members to notify on WeChat
 * @param teamId       the team whose WeCom group also hears it; null for none
 */
public record StaffNotice(String purpose, String ticketNumber, String title, String text, List<Long> staffIds, Long teamId) {

  public StaffNotice {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(text, "text");
    staffIds = staffIds.stream().filter(Objects::nonNull).distinct().toList();
  }
}
