package com.wuyebot.bot.ticket;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the ticket list; null means any. The dates are days in the company's zone, both
 * included, and refer to when the ticket was opened.
 */
public record TicketQuery(TicketStatus status, TicketType type, Long teamId, Long assigneeId, String community,
    LocalDate openedFrom, LocalDate openedTo) {

  public static TicketQuery all() {
    return new TicketQuery(null, null, null, null, null, null, null);
  }

  Specification<Ticket> toSpecification(ZoneId zone) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (type != null) {
        where.add(cb.equal(root.get("type"), type));
      }
      if (teamId != null) {
        where.add(cb.equal(root.get("team").get("id"), teamId));
      }
      if (assigneeId != null) {
        where.add(cb.equal(root.get("assignee").get("id"), assigneeId));
      }
      if (community != null && !community.isBlank()) {
        where.add(cb.equal(root.get("community"), community.strip()));
      }
      if (openedFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), openedFrom.atStartOfDay(zone).toInstant()));
      }
      if (openedTo != null) {
        where.add(cb.lessThan(root.get("createdAt"), openedTo.plusDays(1).atStartOfDay(zone).toInstant()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
