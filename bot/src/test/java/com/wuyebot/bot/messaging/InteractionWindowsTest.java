package com.wuyebot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.fake.MutableClock;
import com.wuyebot.integration.state.InMemoryStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InteractionWindowsTest {

  private static final String APP = "wx1b2c3d4e5f607182";
  private static final String RESIDENT = "oResident0000000000000000001";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
  private final InteractionWindows windows =
      new InteractionWindows(new InMemoryStateStore(clock), WindowRules.defaults(), clock);

  @Test
  void noWindowBeforeTheResidentInteracted() {
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isFalse();
  }

  @Test
  void aMessageAllowsFiveSendsWithin48Hours() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());

    assertThat(IntStream.range(0, 6).mapToObj(i -> windows.tryTakeSend(APP, RESIDENT)))
        .containsExactly(true, true, true, true, true, false);
  }

  @Test
  void closes48HoursAfterTheResidentsMessage() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant().minus(Duration.ofHours(47)));

    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
    clock.advance(Duration.ofMinutes(59));
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isFalse();
  }

  @Test
  void aNewMessageOpensAFreshWindowWithAFreshCount() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());
    IntStream.range(0, 5).forEach(i -> windows.tryTakeSend(APP, RESIDENT));
    clock.advance(Duration.ofHours(3));

    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());

    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
  }

  @Test
  void aFollowOrClickAllowsThreeSendsWithinOneMinute() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.SHORT, clock.instant());

    assertThat(IntStream.range(0, 4).mapToObj(i -> windows.tryTakeSend(APP, RESIDENT)))
        .containsExactly(true, true, true, false);

    clock.advance(Duration.ofSeconds(61));
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.SHORT, clock.instant());
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isFalse();
  }

  @Test
  void aMenuClickDoesNotCutShortAnOpenMessageWindow() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());
    clock.advance(Duration.ofHours(1));

    windows.opened(APP, RESIDENT, InteractionWindow.Kind.SHORT, clock.instant());
    clock.advance(Duration.ofMinutes(5));

    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
  }

  @Test
  void aWindowWechatCalledClosedStaysClosedUntilTheResidentSpeaksAgain() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());

    windows.closed(APP, RESIDENT);

    assertThat(windows.tryTakeSend(APP, RESIDENT)).isFalse();
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant());
    assertThat(windows.tryTakeSend(APP, RESIDENT)).isTrue();
  }

  @Test
  void aMessageOlderThanTheWindowOpensNothing() {
    windows.opened(APP, RESIDENT, InteractionWindow.Kind.MESSAGE, clock.instant().minus(Duration.ofHours(49)));

    assertThat(windows.tryTakeSend(APP, RESIDENT)).isFalse();
  }

  @Test
  void windowArithmeticFollowsTheConfiguredRules() {
    WindowRules older = new WindowRules(Duration.ofHours(48), 20, Duration.ofMinutes(1), 3);
    InteractionWindow window = new InteractionWindow(InteractionWindow.Kind.MESSAGE, clock.instant());

    assertThat(window.closesAt(older)).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
    assertThat(window.allows(20, clock.instant().plus(Duration.ofHours(47)), older)).isTrue();
    assertThat(window.allows(21, clock.instant(), older)).isFalse();
    assertThat(window.isOpenAt(clock.instant().minusSeconds(1), older)).isFalse();
    assertThat(InteractionWindow.decode(window.encode())).isEqualTo(window);
  }
}
