package com.wuyebot.bot.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "13812345678, 13812345678",
      "138 1234 5678, 13812345678",
      "+86-138-1234-5678, 13812345678",
      "８６１３８１２３４５６７８, 13812345678",
      "0571-88886666, 057188886666",
  })
  void readsTheUsualWaysOfWritingANumber(String raw, String expected) {
    assertThat(Phones.normal(raw)).hasValue(expected);
  }

  @ParameterizedTest(name = "{0} is not a phone")
  @ValueSource(strings = {"", "不知道", "12345", "1381234567", "23812345678", "138123456789"})
  void refusesWhatIsNotAPhone(String raw) {
    assertThat(Phones.normal(raw)).isEmpty();
  }

  @Test
  void masksTheMiddleForLogs() {
    assertThat(Phones.masked("13812345678")).isEqualTo("138****5678");
    assertThat(Phones.masked(null)).isEqualTo("****");
  }
}
