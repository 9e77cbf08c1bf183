package com.wuyebot.bot.ticket.sla;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {
}
