package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateReportsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"success|DELIVERED", "failed:user block|REFUSED", "failed: system failed|SYSTEM_FAILED",
      "something new|REJECTED"})
  void readsWechatsReportStatus(String status, String outcome) {
    assertThat(TemplateReports.outcome(status)).isEqualTo(outcome);
  }
}
