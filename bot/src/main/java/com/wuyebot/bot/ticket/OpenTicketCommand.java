package com.wuyebot.bot.ticket;

import java.time.Instant;
import java.util.List;

/**
 * What it takes to open a ticket.
 *
 * @param requestKey    the caller's id for this request (the WeChat MsgId, a console form id);
 *                      opening again with the same key returns the first ticket. Null: no retries
 * @param category      水电、管道、门窗、电梯、公共设施、其他 …; it chooses the team
 * @param priority      null means NORMAL
 * @param house         the resident's house (e.g. 3栋2单元501), or null
 * @param location      free text where it is not a house (e.g. 地下车库B2), or null
 * @param photos        media ids or URLs
 * @param appId         the official account the resident wrote to; null when not from a resident
 * @param openId        the resident within that account; null when not from a resident
 * @param preferredTime what the resident said (明天上午), or null
 * @param preferredAt   that time when it could be read, or null
 */
public record OpenTicketCommand(
    String requestKey,
    TicketType type,
    String category,
    TicketPriority priority,
    String community,
    String house,
    String location,
    String description,
    List<String> photos,
    String appId,
    String openId,
    String preferredTime,
    Instant preferredAt,
    TicketChannel channel) {

  public OpenTicketCommand {
    if (type == null) {
      throw new IllegalArgumentException("type must be given");
    }
    if (channel == null) {
      throw new IllegalArgumentException("channel must be given");
    }
    category = Team.requireText(category, "category");
    community = Team.requireText(community, "community");
    description = Team.requireText(description, "description");
    priority = priority == null ? TicketPriority.NORMAL : priority;
    photos = photos == null ? List.of()
        : photos.stream().filter(p -> p != null && !p.isBlank()).map(p -> p.strip().replaceAll("[\r\n]+", " ")).toList();
    requestKey = requestKey == null || requestKey.isBlank() ? null : requestKey.strip();
    if ((appId == null) != (openId == null)) {
      throw new IllegalArgumentException("appId and openId come together");
    }
  }
}
