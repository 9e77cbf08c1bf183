package com.wuyebot.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordingDefaultsTest {

  @Test
  void everyShippedSentenceIsReadAsUtf8() {
    WordingDefaults defaults = new WordingDefaults();
    assertThat(defaults.keys()).contains("fallback", "human");
    assertThat(defaults.text("fallback")).hasValueSatisfying(text -> assertThat(text).contains("抱歉"));
  }

  @Test
  void aKeyDefinedInTwoFilesStopsTheStart() {
    assertThatThrownBy(() -> new WordingDefaults("classpath*:wording-clash/*.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("greeting");
  }
}
