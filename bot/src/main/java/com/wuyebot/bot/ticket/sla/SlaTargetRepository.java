package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.TicketPriority;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaTargetRepository extends JpaRepository<SlaTarget, Long> {

  /** The category's own row and the default row for the priority, whichever exist. */
  List<SlaTarget> findByPriorityAndCategoryIn(TicketPriority priority, List<String> categories);
}
