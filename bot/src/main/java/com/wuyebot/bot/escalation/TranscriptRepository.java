package com.wuyebot.bot.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranscriptRepository extends JpaRepository<TranscriptEntry, Long> {

  List<TranscriptEntry> findByEscalationIdOrderByIdAsc(Long escalationId);

  boolean existsByEscalationIdAndMsgId(Long escalationId, Long msgId);
}
