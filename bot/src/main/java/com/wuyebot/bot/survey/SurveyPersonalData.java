package com.wuyebot.bot.survey;

import com.wuyebot.bot.privacy.PersonalDataTable;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ratings stay for satisfaction statistics when a resident's data is erased, without the resident or their comment. */
@Configuration(proxyBeanMethods = false)
class SurveyPersonalData {

  @Bean
  PersonalDataTable surveysOfResidents() {
    return PersonalDataTable.anonymised("surveys", "survey", Map.of("comment", ""),
        "ticket_number", "status", "score", "comment", "asked_at", "answered_at");
  }

  @Bean
  PersonalDataTable appointmentsOfResidents() {
    return PersonalDataTable.anonymised("appointments", "appointment", Map.of("said", ""),
        "ticket_number", "said", "visit_at", "status");
  }
}
