package com.wuyebot.bot.conversation;

import java.time.Instant;

/** The 「您是想问」 suggestions a resident may still pick by number, for hooks that read bare numbers too. */
public interface OfferedChoices {

  /** How many suggestions the resident was offered after {@code since} and may still pick by number; 0 if none. */
  int offeredAfter(String appId, String openId, Instant since);
}
