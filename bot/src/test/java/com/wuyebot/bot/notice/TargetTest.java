package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static final House FLAT = new House("阳光花园", "3栋", "2");

  @Test
  void coversResidentsOfTheSelectedCommunityBuildingOrUnit() {
    assertThat(new Target(false, List.of("阳光花园"), null, null, null).covers(List.of(FLAT), Set.of())).isTrue();
    assertThat(Target.buildings(new Target.Building("阳光花园", " 3栋 ")).covers(List.of(FLAT), Set.of())).isTrue();
    assertThat(new Target(false, null, null, List.of(new Target.Unit("阳光花园", "3栋", "2")), null).covers(List.of(FLAT), Set.of()))
        .isTrue();
  }

  @Test
  void doesNotCoverNeighboursOrOtherCommunities() {
    assertThat(Target.buildings(new Target.Building("阳光花园", "5栋")).covers(List.of(FLAT), Set.of())).isFalse();
    assertThat(Target.buildings(new Target.Building("翠苑", "3栋")).covers(List.of(FLAT), Set.of())).isFalse();
    assertThat(new Target(false, null, null, List.of(new Target.Unit("阳光花园", "3栋", "1")), null).covers(List.of(FLAT), Set.of()))
        .isFalse();
    assertThat(Target.buildings(new Target.Building("阳光花园", "3栋")).covers(List.of(), Set.of())).isFalse();
  }

  @Test
  void coversByTagOrEveryFollower() {
    assertThat(new Target(false, null, null, null, List.of("业委会")).covers(List.of(), Set.of("业委会"))).isTrue();
    assertThat(new Target(false, null, null, null, List.of("业委会")).covers(List.of(), Set.of("老人"))).isFalse();
    assertThat(Target.followers().covers(List.of(), Set.of())).isTrue();
  }

  @Test
  void anEmptyTargetSelectsNobody() {
    assertThat(new Target(null, null, null, null, null).selectsSomething()).isFalse();
  }
}
