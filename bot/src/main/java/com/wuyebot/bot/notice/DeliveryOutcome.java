package com.wuyebot.bot.notice;

import java.time.Instant;

/**
 * What one attempt came to, ready to be written onto its delivery record.
 *
 * @param nextAttemptAt when a PENDING delivery is tried again; null otherwise
 * @param failure       why it is not sent (yet): UNSUBSCRIBED, INVALID_OPENID, REFUSED, QUOTA, TRANSIENT,
 *                      CONFIGURATION, INVALID_REQUEST, OUTCOME_UNKNOWN, ...
 */
record DeliveryOutcome(ClaimedDelivery delivery, DeliveryStatus status, NoticeChannel channel, Long msgId,
    Integer errorCode, String failure, Instant nextAttemptAt) {

  static DeliveryOutcome sent(ClaimedDelivery delivery, NoticeChannel channel, long msgId) {
    return new DeliveryOutcome(delivery, DeliveryStatus.SENT, channel, msgId, null, null, null);
  }

  static DeliveryOutcome retry(ClaimedDelivery delivery, NoticeChannel channel, Integer errorCode, String failure,
      Instant at) {
    return new DeliveryOutcome(delivery, DeliveryStatus.PENDING, channel, null, errorCode, failure, at);
  }

  static DeliveryOutcome failed(ClaimedDelivery delivery, NoticeChannel channel, Integer errorCode, String failure) {
    return new DeliveryOutcome(delivery, DeliveryStatus.FAILED, channel, null, errorCode, failure, null);
  }
}
