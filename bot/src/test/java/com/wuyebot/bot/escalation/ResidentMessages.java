package com.wuyebot.bot.escalation;

import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PassiveReply;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Messages of a resident of the test account, as the conversation hands them to the handoff. */
final class ResidentMessages {

  private ResidentMessages() {
  }

  /** What the bot answers through the webhook; empty when it stays silent (answers {@code success}). */
  static String say(int port, String openId, String text) {
    PassiveReply reply = TestAccounts.safe(port).push(PushMessage.text(openId, text)).reply();
    return reply == null || reply.content() == null ? "" : reply.content();
  }

  static InboundMessage text(String openId, String text) {
    return new InboundMessage(TestAccounts.SAFE_APP_ID, TestAccounts.GH_ID, openId, Instant.now(), MessageType.TEXT,
        ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), text, null, null, null, null, null, null, null);
  }
}
