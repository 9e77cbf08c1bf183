package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.state.InMemoryStateStore;
import com.wuyebot.integration.state.StateLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

  private final MovableClock clock = new MovableClock();
  private final InMemoryStateStore state = new InMemoryStateStore(clock);
  private final SessionStore sessions = new SessionStore(state,
      new ConversationProperties(Duration.ofMinutes(30), Duration.ofSeconds(10), Duration.ofMillis(100), Map.of(),
          Duration.ofMinutes(30), java.nio.file.Path.of("target/photos"), Duration.ofSeconds(2), 8, 2));

  @Test
  void keepsAnIntakeBetweenMessages() {
    Session session = new Session();
    session.startIntake(Session.Flow.REPAIR);
    session.step = Session.Step.TIME;
    session.house = "3栋2单元502";
    session.photos.add("media-1");
    session.urgent = true;
    sessions.save("wxA", "o1", session);

    Session loaded = sessions.load("wxA", "o1");

    assertThat(loaded.flow).isEqualTo(Session.Flow.REPAIR);
    assertThat(loaded.step).isEqualTo(Session.Step.TIME);
    assertThat(loaded.house).isEqualTo("3栋2单元502");
    assertThat(loaded.photos).containsExactly("media-1");
    assertThat(loaded.urgent).isTrue();
    assertThat(sessions.load("wxB", "o1").inIntake()).as("another account's resident").isFalse();
  }

  @Test
  void forgetsAConversationLeftIdleLongerThanTheTtl() {
    Session session = new Session();
    session.startIntake(Session.Flow.COMPLAINT);
    sessions.save("wxA", "o2", session);

    clock.advance(Duration.ofMinutes(29));
    sessions.save("wxA", "o2", sessions.load("wxA", "o2"));
    clock.advance(Duration.ofMinutes(29));
    assertThat(sessions.load("wxA", "o2").inIntake()).as("each message restarts the idle time").isTrue();

    clock.advance(Duration.ofMinutes(31));
    assertThat(sessions.load("wxA", "o2").inIntake()).isFalse();
  }

  @Test
  void aConversationWithNothingToRememberTakesNoKey() {
    sessions.save("wxA", "o6", new Session());
    assertThat(state.get("conv:session:wxA:o6")).isEmpty();

    Session session = new Session();
    session.startIntake(Session.Flow.REPAIR);
    sessions.save("wxA", "o6", session);
    Session cancelled = sessions.load("wxA", "o6");
    cancelled.endIntake();
    sessions.save("wxA", "o6", cancelled);

    assertThat(state.get("conv:session:wxA:o6")).isEmpty();
  }

  @Test
  void anUnreadableSessionStartsAfresh() {
    state.set("conv:session:wxA:o3", "{not json", Duration.ofMinutes(1));

    assertThat(sessions.load("wxA", "o3").inIntake()).isFalse();
  }

  @Test
  void oneMessageOfAResidentAtATime() {
    Optional<StateLock> first = sessions.lock("wxA", "o4");
    assertThat(first).isPresent();

    assertThat(sessions.lock("wxA", "o4")).as("the same resident waits, then gives up").isEmpty();
    Optional<StateLock> other = sessions.lock("wxA", "o5");
    assertThat(other).as("another resident is not held up").isPresent();

    sessions.release(first.get());
    assertThat(sessions.lock("wxA", "o4")).isPresent();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
