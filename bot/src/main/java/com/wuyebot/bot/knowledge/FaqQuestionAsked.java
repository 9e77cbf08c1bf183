package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.search.Decision;

/**
 * A resident's question got a decision (answered outright, suggestions, or nothing); published as it is made.
 *
 * @param community the community the resident's tickets go to (their bound houses', else the account's), or null
 */
public record FaqQuestionAsked(String appId, Decision.Kind decision, String community) {

  public FaqQuestionAsked {
    community = community == null || community.isBlank() ? null : community.strip();
  }
}
