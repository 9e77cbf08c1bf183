package com.wuyebot.bot.conversation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PraiseRepository extends JpaRepository<Praise, Long> {

  List<Praise> findByStaffIdOrderByCreatedAtDesc(long staffId);

  boolean existsByTicketIdAndStaffId(long ticketId, long staffId);
}
