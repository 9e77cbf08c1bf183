package com.wuyebot.bot.notice;

import com.wuyebot.bot.privacy.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NoticePersonalData {

  @Bean
  PersonalDataTable noticeDeliveries() {
    return PersonalDataTable.deleted("notice-deliveries", "notice_delivery", null, "notice_id", "status", "sent_at");
  }

  @Bean
  PersonalDataTable activitySignUps() {
    return PersonalDataTable.deleted("activity-sign-ups", "activity_signup", null, "notice_id", "status", "created_at");
  }

  @Bean
  PersonalDataTable noticeHouseholds() {
    return PersonalDataTable.deleted("notice-households", "notice_household", null, "community", "building", "unit", "room");
  }

  @Bean
  PersonalDataTable noticeTags() {
    return PersonalDataTable.deleted("notice-tags", "notice_resident_tag", null, "tag");
  }
}
