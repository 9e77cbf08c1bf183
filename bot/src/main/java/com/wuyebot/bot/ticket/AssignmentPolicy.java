package com.wuyebot.bot.ticket;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whom auto-assignment picks among the on-duty members of a team: the one with the fewest open
 * tickets; among equals the one idle longest (never assigned counts as idle longest); then the
 * longest-serving (lowest id), so the choice is deterministic.
 */
final class AssignmentPolicy {

  record Candidate(long staffId, long openTickets, Instant lastAssignedAt) {
  }

  private static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::openTickets)
      .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(Candidate::staffId);

  private AssignmentPolicy() {
  }

  static Optional<Candidate> choose(List<Candidate> onDuty) {
    return onDuty.stream().min(ORDER);
  }
}
