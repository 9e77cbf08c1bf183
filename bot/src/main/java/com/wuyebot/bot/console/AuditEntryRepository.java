package com.wuyebot.bot.console;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

  List<AuditEntry> findByOrderByIdDesc(Pageable page);
}
