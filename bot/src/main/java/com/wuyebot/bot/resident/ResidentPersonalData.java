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

  @Bean
  PersonalDataTable boundHouses() {
    return PersonalDataTable.deleted("bound-houses", "resident_house", null,
        "community", "building", "unit", "room", "bound_at");
  }

  @Bean
  PersonalDataTable bindingAttempts() {
    return PersonalDataTable.deleted("binding-attempts", "binding_attempt", "attempted_at", "attempted_at");
  }
}
