package com.wuyebot.bot.survey;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Low scores waiting for a call back, for agents and supervisors (the console's inbox can show them). */
@Service
public class SurveyAlerts {

  private final SurveyAlertRepository alerts;
  private final Clock clock;

  SurveyAlerts(SurveyAlertRepository alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<SurveyAlert> open() {
    return alerts.findByHandledAtIsNullOrderByCreatedAt();
  }

  /** The resident was called back; handling twice keeps the first record. */
  @Transactional
  public SurveyAlert handled(long id, String by) {
    SurveyAlert alert = alerts.findById(id).orElseThrow(() -> new SurveyAlertNotFoundException(id));
    alert.handled(by, clock.instant());
    return alert;
  }
}
