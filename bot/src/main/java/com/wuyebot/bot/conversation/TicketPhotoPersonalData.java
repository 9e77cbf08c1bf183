package com.wuyebot.bot.conversation;

import com.wuyebot.bot.privacy.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The photos residents sent with their tickets: the records and the stored files go on erasure. */
@Configuration(proxyBeanMethods = false)
class TicketPhotoPersonalData {

  @Bean
  PersonalDataTable ticketPhotosOfResidents() {
    return PersonalDataTable.deletedThrough("ticket-photos", "ticket_photo",
        "ticket_number IN (SELECT ticket_number FROM ticket WHERE app_id = ? AND open_id = ?)", null,
        "ticket_number", "status", "created_at").withFiles("stored_path");
  }
}
