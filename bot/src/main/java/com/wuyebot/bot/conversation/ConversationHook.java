package com.wuyebot.bot.conversation;

import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.util.Optional;

/**
 * A feature that may take a resident's message before the bot's own routing: an agent holding
 * the conversation, a survey waiting for its score, a sign-up to an activity. Hooks are asked in
 * their {@code @Order}, under the resident's lock (so one message at a time per resident, across
 * instances), for every text, voice and media message; events do not reach them.
 */
public interface ConversationHook {

  /**
   * The reply when this feature takes the message ({@link Reply#none()} to take it silently), or
   * empty to pass it on.
   */
  Optional<Reply> intercept(InboundMessage message);
}
