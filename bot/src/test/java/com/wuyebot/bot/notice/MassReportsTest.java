package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MassReportsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {"send success|SUCCESS", "Send Success|SUCCESS", "send fail|FAILED",
      "err(10001)|REVIEW_FAILED_10001", "err(20001)|REVIEW_FAILED_20001", "err(x)|UNKNOWN", "err(1234567890123)|UNKNOWN",
      "something new|UNKNOWN", "NULL|UNKNOWN"})
  void readsWechatsJobStatus(String status, String outcome) {
    assertThat(MassReports.outcome(status)).isEqualTo(outcome);
  }
}
