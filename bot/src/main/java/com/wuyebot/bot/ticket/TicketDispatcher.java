package com.wuyebot.bot.ticket;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the team for a ticket and the on-duty member of it who should take it. */
@Component
class TicketDispatcher {

  private final TeamRepository teams;
  private final StaffRepository staff;
  private final RosterEntryRepository roster;
  private final TicketRepository tickets;
  private final TicketProperties properties;

  TicketDispatcher(TeamRepository teams, StaffRepository staff, RosterEntryRepository roster, TicketRepository tickets,
      TicketProperties properties) {
    this.teams = teams;
    this.staff = staff;
    this.roster = roster;
    this.tickets = tickets;
    this.properties = properties;
  }

  /** The active team serving the category in the community; one of that community before a company-wide one. */
  Optional<Team> teamFor(String category, String community) {
    return teams.findByActiveTrueOrderById().stream()
        .filter(team -> team.serves(category, community))
        .min(Comparator.comparing((Team team) -> !team.isCommunitySpecific()).thenComparing(Team::id));
  }

  List<Staff> onDuty(Team team, Instant at) {
    List<Staff> members = staff.findByTeamIdAndActiveTrueOrderById(team.id());
    Map<Long, List<RosterEntry>> entries = roster.findByStaffIdInOrderById(members.stream().map(Staff::id).toList())
        .stream().collect(Collectors.groupingBy(e -> e.staff().id()));
    LocalDateTime local = LocalDateTime.ofInstant(at, properties.zone());
    return members.stream().filter(m -> Roster.onDuty(entries.getOrDefault(m.id(), List.of()), local)).toList();
  }

  Optional<Staff> memberToAssign(Team team, Instant at) {
    List<Staff> onDuty = onDuty(team, at);
    if (onDuty.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, Long> load = new HashMap<>();
    for (Object[] row : tickets.countByAssignee(onDuty.stream().map(Staff::id).toList(), TicketStatus.OPEN_WORK)) {
      load.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, Staff> byId = onDuty.stream().collect(Collectors.toMap(Staff::id, Function.identity()));
    return AssignmentPolicy.choose(onDuty.stream()
            .map(m -> new AssignmentPolicy.Candidate(m.id(), load.getOrDefault(m.id(), 0L), m.lastAssignedAt()))
            .toList())
        .map(c -> byId.get(c.staffId()));
  }
}
