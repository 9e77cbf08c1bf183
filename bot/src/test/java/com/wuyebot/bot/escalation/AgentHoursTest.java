package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgentHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Instant at(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
  }

  @ParameterizedTest
  @CsvSource({
      // 2026-11-26 is a Thursday, 11-29 a Sunday
      "08:00-20:00, 2026-11-26T07:59, false",
      "08:00-20:00, 2026-11-26T08:00, true",
      "08:00-20:00, 2026-11-26T19:59, true",
      "08:00-20:00, 2026-11-26T20:00, false",
      "'08:00-12:00,13:30-20:00', 2026-11-26T12:30, false",
      "'08:00-12:00,13:30-20:00', 2026-11-26T13:30, true",
      "00:00-24:00, 2026-11-26T23:59:59, true",
      "00:00-24:00, 2026-11-26T00:00, true",
  })
  void answersWithinTheHoursOnly(String hours, String local, boolean open) {
    AgentHours agentHours = new AgentHours(AgentHours.parse(hours), Set.of(), SHANGHAI);

    assertThat(agentHours.isOpen(at(local))).isEqualTo(open);
  }

  @Test
  void agentsReturnAtTheNextOpeningSkippingDaysOff() {
    AgentHours hours = new AgentHours(AgentHours.parse("08:00-20:00"), Set.of(DayOfWeek.SUNDAY), SHANGHAI);

    assertThat(hours.isOpen(at("2026-11-29T10:00"))).isFalse();
    assertThat(hours.nextOpening(at("2026-11-26T21:00")).toLocalDateTime()).hasToString("2026-11-27T08:00");
    assertThat(hours.nextOpening(at("2026-11-28T21:00")).toLocalDateTime()).hasToString("2026-11-30T08:00");
    assertThat(hours.nextOpening(at("2026-11-26T06:00")).toLocalDateTime()).hasToString("2026-11-26T08:00");
  }

  @ParameterizedTest
  @CsvSource({"8:00-20:00", "20:00-08:00", "早上八点", "08:00-25:00"})
  void refusesHoursItCannotRead(String hours) {
    assertThatThrownBy(() -> AgentHours.parse(hours)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void refusesAWeekWithoutAgents() {
    assertThatThrownBy(() -> new AgentHours(AgentHours.parse("08:00-20:00"), Set.of(DayOfWeek.values()), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
