package com.wuyebot.bot.ticket.sla;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaTargetRepository extends JpaRepository<SlaTarget, Long> {
}
