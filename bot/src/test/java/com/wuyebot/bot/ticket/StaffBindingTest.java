package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A member's binding code and a team's WeCom robot address. */
class StaffBindingTest {

  private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

  private final Team team = new Team("水电组", null, List.of("水电"), NOW);

  @Test
  void aBindingCodeWorksUntilItExpiresAndOnlyOnce() {
    Staff member = new Staff(team, "王师傅", "13800001234", null, false, NOW);
    member.offerBinding("123456", NOW.plus(Duration.ofHours(24)));

    assertThat(member.bindingCodeValidAt(NOW.plus(Duration.ofHours(23)))).isTrue();
    assertThat(member.bindingCodeValidAt(NOW.plus(Duration.ofHours(24)))).isFalse();
    member.bind("wxapp", "o-staff");
    assertThat(member.isBound()).isTrue();
    assertThat(member.bindingCodeValidAt(NOW)).isFalse();
  }

  @Test
  void aMemberWhoLeftGetsNoCodeAndLosesAnOpenOne() {
    Staff member = new Staff(team, "王师傅", "13800001234", null, false, NOW);
    member.offerBinding("123456", NOW.plus(Duration.ofHours(1)));
    member.deactivate();

    assertThat(member.bindingCodeValidAt(NOW)).isFalse();
    assertThatThrownBy(() -> member.offerBinding("654321", NOW.plus(Duration.ofHours(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOpenIdTypedInByAnAdministratorIsNotABinding() {
    Staff member = new Staff(team, "王师傅", "13800001234", null, false, NOW);
    member.bind("wxapp", "o-staff");

    member.change(team, "王师傅", "13800001234", "o-other", false, true);

    assertThat(member.isBound()).isFalse();
  }

  @Test
  void keepsAnHttpsRobotAddressAndForgetsABlankOne() {
    team.useWecomRobot(" https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6 ");
    assertThat(team.wecomWebhook()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6");

    team.useWecomRobot("");
    assertThat(team.wecomWebhook()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://qyapi.weixin.qq.com/x", "qyapi.weixin.qq.com/cgi-bin/webhook/send", "https://", "http://a b"})
  void refusesWhatIsNotAnHttpAddress(String url) {
    assertThatThrownBy(() -> team.useWecomRobot(url)).isInstanceOf(IllegalArgumentException.class);
  }
}
