package com.wuyebot.bot.conversation;

import com.wuyebot.integration.wechat.inbound.InboundMessage;

/**
 * Puts a resident in the queue for a human agent (the console feature implements it). Without an
 * implementation the conversation tells the resident how to reach the service desk instead.
 */
public interface HumanHandoff {

  /** Queues the resident's conversation for an agent; returns what the resident is told (queue position, wait). */
  String requestHuman(InboundMessage message, Reason reason);

  /** Why the conversation goes to a person; agents see it in the inbox. */
  enum Reason { ASKED, BOT_FAILED, URGENT, LOW_SCORE, COMPLAINT }
}
