package com.wuyebot.bot.escalation;

import com.wuyebot.bot.privacy.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Conversations with agents and their transcripts (retention name {@code transcripts}).
 */
@Configuration(proxyBeanMethods = false)
class EscalationPersonalData {

  @Bean
  PersonalDataTable transcripts() {
    return PersonalDataTable.deletedThrough("transcripts", "escalation_message",
        "escalation_id IN (SELECT id FROM escalation WHERE app_id = ? AND open_id = ?)", "created_at",
        "escalation_id", "author_kind", "content_kind", "body", "media_id", "created_at");
  }

  @Bean
  PersonalDataTable conversationsWithAgents() {
    return PersonalDataTable.deleted("conversations-with-agents", "escalation", null,
        "id", "requested_at", "claimed_at", "closed_at");
  }
}
