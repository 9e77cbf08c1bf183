package com.wuyebot.bot.resident;

import com.wuyebot.bot.privacy.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidentPersonalData {

  @Bean
  PersonalDataTable followers() {
    return PersonalDataTable.deleted("followers", "resident", null,
        "subscribed", "followed_at", "unfollowed_at", "follow_scene", "created_at");
  }
}
