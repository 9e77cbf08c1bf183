package com.wuyebot.bot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

  private final Pseudonyms pseudonyms = new Pseudonyms("key-1");

  @Test
  void isStableAndDoesNotRevealTheOpenid() {
    String openId = "oXyZ1234567890abcdefghijklmn";

    assertThat(pseudonyms.of(openId)).isEqualTo(pseudonyms.of(openId)).startsWith("r-").hasSize(14)
        .doesNotContain("oXyZ").doesNotContain("1234567890");
  }

  @Test
  void differsBetweenResidentsAndBetweenKeys() {
    assertThat(pseudonyms.of("oAAAA")).isNotEqualTo(pseudonyms.of("oBBBB"));
    assertThat(new Pseudonyms("key-2").of("oAAAA")).isNotEqualTo(pseudonyms.of("oAAAA"));
    assertThat(pseudonyms.of(null)).isEqualTo("r-none");
  }
}
