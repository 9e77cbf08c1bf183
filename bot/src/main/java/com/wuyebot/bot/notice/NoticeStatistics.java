package com.wuyebot.bot.notice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What came of a notice.
 *
 * @param targeted        delivery records created when sending started (residents the target selected then)
 * @param pending         not sent yet (waiting for their turn, a retry or tomorrow's quota)
 * @param sent            accepted by WeChat, delivered and rejected included
 * @param delivered       confirmed by TEMPLATESENDJOBFINISH
 * @param failed          not reached: never accepted, or rejected by the resident's WeChat
 * @param failedByReason  failed by reason: UNSUBSCRIBED, INVALID_OPENID, REFUSED, SYSTEM_FAILED, OUTCOME_UNKNOWN, ...
 * @param massJobs        what MASSSENDJOBFINISH reported of a mass notice's jobs; null for template notices
 */
public record NoticeStatistics(long noticeId, NoticeStatus status, long targeted, long pending, long sent,
    long delivered, long failed, Map<String, Long> failedByReason, ActivitySignups.Counts signUps, MassJobs massJobs) {

  static NoticeStatistics of(Notice notice, List<DeliveryStore.Count> counts, ActivitySignups.Counts signUps,
      MassJobs massJobs) {
    long targeted = 0;
    long pending = 0;
    long sent = 0;
    long delivered = 0;
    long failed = 0;
    Map<String, Long> reasons = new TreeMap<>();
    for (DeliveryStore.Count count : counts) {
      targeted += count.count();
      switch (count.status()) {
        case PENDING, SENDING -> pending += count.count();
        case SENT -> sent += count.count();
        case DELIVERED -> {
          sent += count.count();
          delivered += count.count();
        }
        case REJECTED -> {
          sent += count.count();
          failed += count.count();
          reasons.merge(count.failure() == null ? "REJECTED" : count.failure(), count.count(), Long::sum);
        }
        case FAILED -> {
          failed += count.count();
          reasons.merge(count.failure() == null ? "UNKNOWN" : count.failure(), count.count(), Long::sum);
        }
      }
    }
    return new NoticeStatistics(notice.id(), notice.status(), targeted, pending, sent, delivered, failed, reasons, signUps,
        massJobs);
  }
}
