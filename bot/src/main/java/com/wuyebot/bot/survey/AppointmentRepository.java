package com.wuyebot.bot.survey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

  Optional<Appointment> findByTicketNumber(String ticketNumber);
}
