package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.search.Decision;

/** A resident's question got a decision (answered outright, suggestions, or nothing); published as it is made. */
public record FaqQuestionAsked(String appId, Decision.Kind decision) {
}
