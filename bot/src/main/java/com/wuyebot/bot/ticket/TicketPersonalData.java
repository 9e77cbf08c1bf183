package com.wuyebot.bot.ticket;

import com.wuyebot.bot.privacy.PersonalDataTable;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tickets stay for statistics when a resident's data is erased, without the resident or their words: what they added
 * to a ticket (补充) is blanked like the description.
 */
@Configuration(proxyBeanMethods = false)
class TicketPersonalData {

  static final String ERASED = "（居民已要求删除个人信息）";

  @Bean
  PersonalDataTable ticketCommentsOfResidents() {
    return PersonalDataTable.anonymisedThrough("ticket-comments", "ticket_comment",
        "author = 'resident' AND ticket_id IN (SELECT id FROM ticket WHERE app_id = ? AND open_id = ?)",
        Map.of("body", ERASED), "ticket_id", "created_at", "body");
  }

  @Bean
  PersonalDataTable ticketsOfResidents() {
    return PersonalDataTable.anonymised("tickets", "ticket",
        Map.of("house", "", "location", "", "description", ERASED, "photos", "", "preferred_time", ""),
        "ticket_number", "ticket_type", "category", "status", "community", "house", "location", "description",
        "preferred_time", "created_at", "resolved_at");
  }
}
