package com.wuyebot.bot.messaging;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends PENDING messages whose next attempt is due: retries after transient errors, and first
 * attempts that an instance claimed but never finished (it stopped). The rows are the schedule,
 * so this survives restarts; claiming a row makes one instance send it however many poll.
 * A database poll rather than a Quartz job because the work is many small rows, not one firing.
 */
@Component
class OutboundRetryJob {

  private final ResidentMessenger messenger;

  OutboundRetryJob(ResidentMessenger messenger) {
    this.messenger = messenger;
  }

  @Scheduled(initialDelayString = "${bot.messenger.retry-poll:15s}", fixedDelayString = "${bot.messenger.retry-poll:15s}")
  void sendDueMessages() {
    messenger.retryDue();
  }
}
