package com.wuyebot.bot.notice;

import com.wuyebot.bot.messaging.TemplateJobFinished;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records TEMPLATESENDJOBFINISH outcomes on notice deliveries; a report for another feature's message changes none. */
@Component
class TemplateReports {

  private static final Logger log = LoggerFactory.getLogger(TemplateReports.class);

  private final DeliveryStore deliveries;
  private final Clock clock;

  TemplateReports(DeliveryStore deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @EventListener
  void onReport(TemplateJobFinished report) {
    try {
      deliveries.report(report.appId(), report.msgId(), outcome(report.status()), clock.instant());
    } catch (RuntimeException e) {
      // the webhook must still answer; the delivery keeps SENT, which is what we knew before the report
      log.warn("Delivery report for template message {} not recorded", report.msgId(), e);
    }
  }

  /** DELIVERED, or the reason the resident's WeChat did not show it. */
  static String outcome(String status) {
    String normalized = status == null ? "" : status.replace(" ", "").toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "success" -> "DELIVERED";
      case "failed:userblock" -> "REFUSED";
      case "failed:systemfailed" -> "SYSTEM_FAILED";
      default -> "REJECTED";
    };
  }
}
