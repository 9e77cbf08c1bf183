package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whom auto-assignment picks, and who the roster says is on duty. */
class DispatchRulesTest {

  private static final Instant MORNING = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void picksTheMemberWithFewestOpenTickets() {
    var choice = AssignmentPolicy.choose(List.of(
        new AssignmentPolicy.Candidate(1, 3, null),
        new AssignmentPolicy.Candidate(2, 1, MORNING),
        new AssignmentPolicy.Candidate(3, 2, null)));

    assertThat(choice).get().extracting(AssignmentPolicy.Candidate::staffId).isEqualTo(2L);
  }

  @Test
  void amongEquallyLoadedPicksTheOneIdleLongestAndNeverAssignedFirst() {
    var idleLongest = AssignmentPolicy.choose(List.of(
        new AssignmentPolicy.Candidate(1, 1, MORNING.plusSeconds(60)),
        new AssignmentPolicy.Candidate(2, 1, MORNING)));
    var neverAssigned = AssignmentPolicy.choose(List.of(
        new AssignmentPolicy.Candidate(1, 0, MORNING),
        new AssignmentPolicy.Candidate(2, 0, null)));
    var sameIdle = AssignmentPolicy.choose(List.of(
        new AssignmentPolicy.Candidate(5, 0, null),
        new AssignmentPolicy.Candidate(4, 0, null)));

    assertThat(idleLongest).get().extracting(AssignmentPolicy.Candidate::staffId).isEqualTo(2L);
    assertThat(neverAssigned).get().extracting(AssignmentPolicy.Candidate::staffId).isEqualTo(2L);
    assertThat(sameIdle).get().extracting(AssignmentPolicy.Candidate::staffId).isEqualTo(4L);
  }

  @Test
  void nobodyOnDutyMeansNoChoice() {
    assertThat(AssignmentPolicy.choose(List.of())).isEmpty();
  }

  /** 2026-11-26 is a Thursday. */
  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
      "THURSDAY DAY,          2026-11-26T08:00, true",
      "THURSDAY DAY,          2026-11-26T19:59, true",
      "THURSDAY DAY,          2026-11-26T20:00, false",
      "THURSDAY DAY,          2026-11-26T07:59, false",
      "FRIDAY DAY,            2026-11-26T10:00, false",
      "THURSDAY NIGHT,        2026-11-26T23:30, true",
      "WEDNESDAY NIGHT,       2026-11-26T03:00, true",
      "WEDNESDAY NIGHT,       2026-11-26T09:00, false",
      "THURSDAY ALL_DAY,      2026-11-26T00:00, true",
      "2026-11-26 DAY,        2026-11-26T12:00, true",
      "2026-11-27 DAY,        2026-11-26T12:00, false",
      "THURSDAY DAY|2026-11-26 OFF, 2026-11-26T12:00, false",
      "THURSDAY DAY|2026-11-26 NIGHT, 2026-11-26T12:00, false",
      "THURSDAY DAY|2026-11-26 NIGHT, 2026-11-26T21:00, true",
      "THURSDAY DAY|2026-11-19 OFF, 2026-11-26T12:00, true",
      "'',                    2026-11-26T12:00, false",
  })
  void readsTheRoster(String entries, LocalDateTime at, boolean onDuty) {
    Staff member = TestTickets.plumber();
    List<RosterEntry> roster = entries.isBlank() ? List.of() : java.util.Arrays.stream(entries.split("\\|"))
        .map(e -> e.strip().split(" "))
        .map(e -> e[0].matches("\\d{4}-.*")
            ? new RosterEntry(member, LocalDate.parse(e[0]), null, Shift.valueOf(e[1]))
            : new RosterEntry(member, null, DayOfWeek.valueOf(e[0]), Shift.valueOf(e[1])))
        .toList();

    assertThat(Roster.onDuty(roster, at)).isEqualTo(onDuty);
  }

  @Test
  void aTeamOfTheTicketsCommunityServesBeforeACompanyWideOne() {
    Team everywhere = new Team("水电组", null, List.of("水电"), MORNING);
    Team sunshine = new Team("阳光花园维修组", "阳光花园", List.of("水电"), MORNING);

    assertThat(everywhere.serves("水电", "翠湖苑")).isTrue();
    assertThat(sunshine.serves("水电", "翠湖苑")).isFalse();
    assertThat(sunshine.serves("水电", "阳光花园")).isTrue();
    assertThat(sunshine.serves("电梯", "阳光花园")).isFalse();
    assertThat(sunshine.isCommunitySpecific()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "REPAIR,     2026-11-26, 12,    BX20261126-0012",
      "COMPLAINT,  2026-01-02, 1,     TS20260102-0001",
      "SUGGESTION, 2026-12-31, 9999,  JY20261231-9999",
      "PRAISE,     2026-11-26, 10000, BY20261126-10000",
  })
  void numbersCarryTypeDayAndSequence(TicketType type, LocalDate day, int sequence, String number) {
    assertThat(TicketNumbers.format(type, day, sequence)).isEqualTo(number);
  }
}
