package com.wuyebot.bot.ticket;

import static com.wuyebot.bot.ticket.TestTickets.CLOCK;
import static com.wuyebot.bot.ticket.TestTickets.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketLifecycleTest {

  /** action, the states it is allowed from (→ the state it leads to); everything else is refused. */
  private static final String[][] LEGAL = {
      {"ASSIGN", "NEW>ASSIGNED", "ASSIGNED>ASSIGNED", "IN_PROGRESS>ASSIGNED", "REOPENED>ASSIGNED"},
      {"START", "ASSIGNED>IN_PROGRESS"},
      {"HOLD", "ASSIGNED>ON_HOLD", "IN_PROGRESS>ON_HOLD"},
      {"RESUME", "ON_HOLD>IN_PROGRESS"},
      {"RESOLVE", "IN_PROGRESS>RESOLVED"},
      {"CLOSE", "RESOLVED>CLOSED"},
      {"REOPEN", "RESOLVED>REOPENED", "CLOSED>REOPENED"},
      {"CANCEL", "NEW>CANCELLED", "ASSIGNED>CANCELLED"},
      {"MERGE", "NEW>MERGED", "ASSIGNED>MERGED", "IN_PROGRESS>MERGED", "ON_HOLD>MERGED", "REOPENED>MERGED"},
  };

  private static final Map<String, Consumer<Ticket>> ACTIONS = Map.of(
      "ASSIGN", t -> t.assign(TestTickets.plumber(), STAFF, CLOCK),
      "START", t -> t.start(STAFF, CLOCK),
      "HOLD", t -> t.hold("等配件", STAFF, CLOCK),
      "RESUME", t -> t.resume(STAFF, CLOCK),
      "RESOLVE", t -> t.resolve("修好了", STAFF, CLOCK),
      "CLOSE", t -> t.close(STAFF, CLOCK),
      "REOPEN", t -> t.reopen("没修好", "resident", CLOCK, Duration.ofDays(7)),
      "CANCEL", t -> t.cancel("不需要了", "resident", CLOCK),
      "MERGE", t -> t.mergeInto(new Ticket("BX20261126-0042", TestTickets.leakInKitchen(), "resident", CLOCK), STAFF, CLOCK));

  static Stream<Arguments> everyActionInEveryState() {
    Map<String, Map<TicketStatus, TicketStatus>> legal = new HashMap<>();
    for (String[] row : LEGAL) {
      Map<TicketStatus, TicketStatus> targets = new HashMap<>();
      Arrays.stream(row).skip(1).map(s -> s.split(">"))
          .forEach(p -> targets.put(TicketStatus.valueOf(p[0]), TicketStatus.valueOf(p[1])));
      legal.put(row[0], targets);
    }
    return legal.keySet().stream().sorted().flatMap(action -> Arrays.stream(TicketStatus.values())
        .map(from -> Arguments.of(action, from, legal.get(action).get(from))));
  }

  @ParameterizedTest(name = "{0} from {1} -> {2}")
  @MethodSource("everyActionInEveryState")
  void allowsExactlyTheLegalTransitions(String action, TicketStatus from, TicketStatus expected) {
    Ticket ticket = TestTickets.ticketIn(from);
    int historyBefore = ticket.history().size();

    if (expected == null) {
      assertThatThrownBy(() -> ACTIONS.get(action).accept(ticket))
          .isInstanceOf(IllegalTicketTransitionException.class)
          .hasMessageContaining(from.name()).hasMessageContaining(action);
      assertThat(ticket.status()).isEqualTo(from);
      assertThat(ticket.history()).hasSize(historyBefore);
    } else {
      ACTIONS.get(action).accept(ticket);
      assertThat(ticket.status()).isEqualTo(expected);
      assertThat(ticket.history()).hasSize(historyBefore + 1);
      TicketChange last = ticket.history().get(ticket.history().size() - 1);
      assertThat(last.action()).isEqualTo(TicketAction.valueOf(action));
      assertThat(last.from()).isEqualTo(from);
      assertThat(last.to()).isEqualTo(expected);
    }
  }

  @Test
  void theTableCoversEveryActionOfTheLifecycle() {
    assertThat(Arrays.stream(LEGAL).map(row -> row[0]).toList())
        .containsExactlyInAnyOrderElementsOf(ACTIONS.keySet());
  }

  @Test
  void aHoldResumesToTheStateItCameFrom() {
    Ticket assigned = TestTickets.ticketIn(TicketStatus.ASSIGNED);
    assigned.hold("住户不在家", STAFF, CLOCK);
    assigned.resume(STAFF, CLOCK);

    Ticket started = TestTickets.ticketIn(TicketStatus.ON_HOLD);
    started.resume(STAFF, CLOCK);

    assertThat(assigned.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(started.status()).isEqualTo(TicketStatus.IN_PROGRESS);
  }

  @Test
  void refusesToReopenAfterTheWindow() {
    Ticket ticket = TestTickets.ticketIn(TicketStatus.CLOSED);
    Clock eightDaysLater = Clock.offset(CLOCK, Duration.ofDays(8));

    assertThatThrownBy(() -> ticket.reopen("没修好", "resident", eightDaysLater, Duration.ofDays(7)))
        .isInstanceOf(ReopenWindowClosedException.class);
    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void recordsWhoDidWhatWhenInTheHistory() {
    Ticket ticket = TestTickets.ticketIn(TicketStatus.RESOLVED);

    assertThat(ticket.history()).extracting(TicketChange::action).containsExactly(
        TicketAction.OPEN, TicketAction.ASSIGN, TicketAction.START, TicketAction.RESOLVE);
    TicketChange resolved = ticket.history().get(3);
    assertThat(resolved.actor()).isEqualTo(STAFF);
    assertThat(resolved.at()).isEqualTo(CLOCK.instant());
    assertThat(resolved.detail()).isEqualTo("换了阀门");
    assertThat(ticket.resolvedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void assignmentSetsAssigneeAndTeamAndTheMembersLastAssignment() {
    Ticket ticket = TestTickets.newTicket();
    Staff plumber = TestTickets.plumber();

    ticket.assign(plumber, STAFF, CLOCK);

    assertThat(ticket.assignee()).isSameAs(plumber);
    assertThat(ticket.team()).isSameAs(plumber.team());
    assertThat(plumber.lastAssignedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void refusesAnInactiveMember() {
    Staff gone = TestTickets.plumber();
    gone.deactivate();

    assertThatThrownBy(() -> TestTickets.newTicket().assign(gone, STAFF, CLOCK)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergingLeavesANoteOnTheTargetAndRefusesAFinishedTarget() {
    Ticket duplicate = TestTickets.newTicket();
    Ticket target = new Ticket("BX20261126-0007", TestTickets.leakInKitchen(), "resident", CLOCK);
    Ticket cancelled = new Ticket("BX20261126-0003", TestTickets.leakInKitchen(), "resident", CLOCK);
    cancelled.cancel("不需要了", "resident", CLOCK);

    duplicate.mergeInto(target, STAFF, CLOCK);

    assertThat(duplicate.mergedInto()).isEqualTo("BX20261126-0007");
    assertThat(target.comments()).singleElement().extracting(TicketComment::body).asString().contains("BX20261126-0001");
    assertThatThrownBy(() -> TestTickets.newTicket().mergeInto(cancelled, STAFF, CLOCK))
        .isInstanceOf(IllegalTicketTransitionException.class);
    assertThatThrownBy(() -> target.mergeInto(target, STAFF, CLOCK)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void commentsAreInternalOrVisibleToTheResident() {
    Ticket ticket = TestTickets.newTicket();

    ticket.comment("客服小李", "已联系住户", false, CLOCK);
    ticket.comment("客服小李", "师傅明天上午上门", true, CLOCK);

    assertThat(ticket.comments()).extracting(TicketComment::isVisibleToResident).containsExactly(false, true);
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(List.copyOf(ticket.history())).hasSize(1);
  }
}
