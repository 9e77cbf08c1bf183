package com.wuyebot.bot.ticket.sla;

import static com.wuyebot.bot.ticket.TicketStatus.ASSIGNED;
import static com.wuyebot.bot.ticket.TicketStatus.CANCELLED;
import static com.wuyebot.bot.ticket.TicketStatus.CLOSED;
import static com.wuyebot.bot.ticket.TicketStatus.IN_PROGRESS;
import static com.wuyebot.bot.ticket.TicketStatus.NEW;
import static com.wuyebot.bot.ticket.TicketStatus.ON_HOLD;
import static com.wuyebot.bot.ticket.TicketStatus.REOPENED;
import static com.wuyebot.bot.ticket.TicketStatus.RESOLVED;
import static com.wuyebot.bot.ticket.sla.SlaTestData.at;
import static com.wuyebot.bot.ticket.sla.SlaTestData.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private final SlaClock clock = new SlaClock(SlaTestData.seededCalendar(), SlaTestData.defaultTargets());

  @Test
  void normalTicketIsDueInBusinessTime() {
    SlaStatus sla = status(ticket(TicketPriority.NORMAL).then("2026-11-26 10:00", NEW));

    assertThat(local(sla.response().due())).isEqualTo("2026-11-26 12:00");
    assertThat(local(sla.resolution().due())).isEqualTo("2026-12-01 10:00");
    assertThat(sla.response().isMet()).isFalse();
    assertThat(sla.response().isBreached(at("2026-11-26 11:59"))).isFalse();
    assertThat(sla.response().isBreached(at("2026-11-26 12:01"))).isTrue();
  }

  @Test
  void normalTicketOpenedOnFridayEveningIsAnsweredOnMonday() {
    SlaStatus sla = status(ticket(TicketPriority.NORMAL).then("2026-11-27 19:00", NEW));

    assertThat(local(sla.response().due())).isEqualTo("2026-11-30 10:30");
  }

  @Test
  void urgentTicketIgnoresNightsAndHolidays() {
    SlaStatus sla = status(ticket(TicketPriority.URGENT).then("2026-09-30 23:00", NEW));

    assertThat(local(sla.response().due())).isEqualTo("2026-09-30 23:30");
    assertThat(local(sla.resolution().due())).isEqualTo("2026-10-01 03:00");
  }

  @Test
  void responseIsMetByAssignment() {
    SlaStatus onTime = status(ticket(TicketPriority.NORMAL).then("2026-11-26 10:00", NEW).then("2026-11-26 11:00", ASSIGNED));
    SlaStatus late = status(ticket(TicketPriority.NORMAL).then("2026-11-26 10:00", NEW).then("2026-11-26 14:00", ASSIGNED));

    assertThat(onTime.response().metAt()).isEqualTo(at("2026-11-26 11:00"));
    assertThat(local(onTime.response().due())).isEqualTo("2026-11-26 12:00");
    assertThat(onTime.response().isBreached(at("2026-11-30 10:00"))).isFalse();
    assertThat(late.response().isBreached(at("2026-11-26 14:00"))).isTrue();
    assertThat(late.response().left()).isEqualTo(Duration.ofMinutes(-120));
  }

  @Test
  void holdPausesTheResolutionClockAndPushesTheDueTime() {
    TicketHistory held = ticket(TicketPriority.NORMAL)
        .then("2026-11-26 10:00", NEW)
        .then("2026-11-26 10:30", ASSIGNED)
        .then("2026-11-26 11:00", IN_PROGRESS)
        .then("2026-11-26 12:00", ON_HOLD);

    SlaStatus whileHeld = status(held);
    assertThat(whileHeld.resolution().isPaused()).isTrue();
    assertThat(whileHeld.resolution().left()).isEqualTo(Duration.ofMinutes(1620 - 120));
    assertThat(whileHeld.resolution().isBreached(at("2026-12-10 10:00"))).isFalse();

    SlaStatus resumed = status(held.then("2026-11-30 10:00", IN_PROGRESS));
    // 2 h before the hold, then 7.5 h Monday, 9 h Tuesday, 8.5 h Wednesday
    assertThat(local(resumed.resolution().due())).isEqualTo("2026-12-02 17:00");
  }

  @Test
  void urgentHoldAddsTheHeldSpanInCalendarTime() {
    SlaStatus sla = status(ticket(TicketPriority.URGENT)
        .then("2026-11-26 10:00", NEW)
        .then("2026-11-26 10:05", ASSIGNED)
        .then("2026-11-26 10:10", IN_PROGRESS)
        .then("2026-11-26 11:00", ON_HOLD)
        .then("2026-11-26 12:00", IN_PROGRESS));

    assertThat(local(sla.resolution().due())).isEqualTo("2026-11-26 15:00");
  }

  @Test
  void targetMissedBeforeTheHoldStaysMissed() {
    SlaStatus sla = status(ticket(TicketPriority.URGENT)
        .then("2026-11-26 10:00", NEW)
        .then("2026-11-26 10:05", ASSIGNED)
        .then("2026-11-26 10:10", IN_PROGRESS)
        .then("2026-11-26 15:00", ON_HOLD));

    assertThat(sla.resolution().isPaused()).isFalse();
    assertThat(local(sla.resolution().due())).isEqualTo("2026-11-26 14:00");
    assertThat(sla.resolution().isBreached(at("2026-11-26 15:30"))).isTrue();
  }

  @Test
  void resolutionIsMetByResolvingAndRunsAgainAfterReopening() {
    TicketHistory resolved = ticket(TicketPriority.HIGH)
        .then("2026-11-26 10:00", NEW)
        .then("2026-11-26 10:30", ASSIGNED)
        .then("2026-11-26 11:00", IN_PROGRESS)
        .then("2026-11-26 15:00", RESOLVED)
        .then("2026-11-27 09:00", CLOSED);

    SlaStatus done = status(resolved);
    assertThat(done.resolution().metAt()).isEqualTo(at("2026-11-26 15:00"));
    assertThat(local(done.resolution().due())).isEqualTo("2026-11-27 10:00");
    assertThat(done.resolution().isBreached(at("2026-12-01 10:00"))).isFalse();

    // five hours used; the day and night between resolution and 没修好 do not count
    SlaStatus reopened = status(resolved.then("2026-11-30 09:00", REOPENED));
    assertThat(reopened.resolution().isMet()).isFalse();
    assertThat(local(reopened.resolution().due())).isEqualTo("2026-11-30 13:00");
    assertThat(reopened.response().metAt()).isEqualTo(at("2026-11-26 10:30"));
  }

  @Test
  void cancelledTicketHasNoDeadlines() {
    assertThat(clock.statusOf(ticket(TicketPriority.NORMAL)
        .then("2026-11-26 10:00", NEW).then("2026-11-26 10:10", CANCELLED).subject())).isEmpty();
  }

  @Test
  void categoryTargetWinsOverTheDefault() {
    SlaTargets targets = new SlaTargets(List.of(
        SlaTestData.target(SlaTarget.ANY_CATEGORY, TicketPriority.HIGH, 60, 540, TimeBasis.BUSINESS),
        SlaTestData.target("电梯", TicketPriority.HIGH, 15, 120, TimeBasis.CALENDAR)));
    SlaClock withLifts = new SlaClock(SlaTestData.seededCalendar(), targets);

    SlaStatus lift = withLifts.statusOf(new TicketHistory("电梯", TicketPriority.HIGH).then("2026-11-28 22:00", NEW).subject()).orElseThrow();
    SlaStatus pipe = withLifts.statusOf(new TicketHistory("管道", TicketPriority.HIGH).then("2026-11-28 22:00", NEW).subject()).orElseThrow();

    assertThat(local(lift.response().due())).isEqualTo("2026-11-28 22:15");
    assertThat(local(pipe.response().due())).isEqualTo("2026-11-30 09:30");
  }

  @Test
  void missingTargetIsAnError() {
    SlaClock onlyNormal = new SlaClock(SlaTestData.seededCalendar(), new SlaTargets(List.of(
        SlaTestData.target(SlaTarget.ANY_CATEGORY, TicketPriority.NORMAL, 120, 1620, TimeBasis.BUSINESS))));

    assertThatThrownBy(() -> onlyNormal.statusOf(ticket(TicketPriority.URGENT).then("2026-11-26 10:00", NEW).subject()))
        .isInstanceOf(NoSlaTargetException.class);
  }

  private SlaStatus status(TicketHistory history) {
    return clock.statusOf(history.subject()).orElseThrow();
  }

  private static TicketHistory ticket(TicketPriority priority) {
    return new TicketHistory("管道", priority);
  }

  /** A ticket's states, oldest first, in Shanghai wall-clock time. */
  private record TicketHistory(String category, TicketPriority priority, List<StatusChange> changes) {

    TicketHistory(String category, TicketPriority priority) {
      this(category, priority, List.of());
    }

    TicketHistory then(String local, TicketStatus status) {
      List<StatusChange> more = new ArrayList<>(changes);
      more.add(new StatusChange(at(local), status));
      return new TicketHistory(category, priority, more);
    }

    SlaSubject subject() {
      return new SlaSubject(category, priority, changes);
    }
  }
}
