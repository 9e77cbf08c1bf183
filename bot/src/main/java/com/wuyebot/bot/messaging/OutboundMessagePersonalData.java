package com.wuyebot.bot.messaging;

import com.wuyebot.bot.privacy.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutboundMessagePersonalData {

  @Bean
  PersonalDataTable outboundMessagesToResidents() {
    return PersonalDataTable.deleted("outbound-messages", "outbound_message", "created_at",
        "purpose", "text", "channel", "status", "created_at", "sent_at");
  }
}
