package com.wuyebot.bot.ticket.web;

import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChange;
import com.wuyebot.bot.ticket.TicketComment;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;

/** The JSON shapes of tickets, and how a ticket becomes one. */
final class TicketResponses {

  private TicketResponses() {
  }

  record Ref(long id, String name) {
    static Ref of(Team team) {
      return team == null ? null : new Ref(team.id(), team.name());
    }

    static Ref of(Staff staff) {
      return staff == null ? null : new Ref(staff.id(), staff.name());
    }
  }

  record Resident(String appId, String openId) {
  }

  record TicketSummary(String number, String type, String category, String priority, String status, String community,
      String house, String location, String description, String channel, Ref team, Ref assignee, Instant createdAt,
      Instant updatedAt) {
  }

  record Change(Instant at, String actor, String action, String from, String to, String detail) {
  }

  record Comment(Instant at, String author, String body, boolean visibleToResident) {
  }

  record TicketDetails(String number, String type, String category, String priority, String status, String community,
      String house, String location, String description, List<String> photos, Resident resident, String preferredTime,
      Instant preferredAt, String channel, Ref team, Ref assignee, String mergedInto, Instant createdAt,
      Instant updatedAt, Instant resolvedAt, List<Change> history, List<Comment> comments) {
  }

  record TicketPage(List<TicketSummary> items, int page, int size, long totalItems, int totalPages) {
  }

  static TicketSummary summary(Ticket t) {
    return new TicketSummary(t.number(), t.type().name(), t.category(), t.priority().name(), t.status().name(),
        t.community(), t.house(), t.location(), t.description(), t.channel().name(), Ref.of(t.team()),
        Ref.of(t.assignee()), t.createdAt(), t.updatedAt());
  }

  static TicketDetails details(Ticket t) {
    return new TicketDetails(t.number(), t.type().name(), t.category(), t.priority().name(), t.status().name(),
        t.community(), t.house(), t.location(), t.description(), t.photos(),
        t.appId() == null ? null : new Resident(t.appId(), t.openId()), t.preferredTime(), t.preferredAt(),
        t.channel().name(), Ref.of(t.team()), Ref.of(t.assignee()), t.mergedInto(), t.createdAt(), t.updatedAt(),
        t.resolvedAt(), t.history().stream().map(TicketResponses::change).toList(),
        t.comments().stream().map(TicketResponses::comment).toList());
  }

  static TicketPage page(Page<Ticket> page) {
    return new TicketPage(page.getContent().stream().map(TicketResponses::summary).toList(), page.getNumber(),
        page.getSize(), page.getTotalElements(), page.getTotalPages());
  }

  private static Change change(TicketChange c) {
    return new Change(c.at(), c.actor(), c.action().name(), c.from() == null ? null : c.from().name(), c.to().name(),
        c.detail());
  }

  private static Comment comment(TicketComment c) {
    return new Comment(c.at(), c.author(), c.body(), c.isVisibleToResident());
  }
}
