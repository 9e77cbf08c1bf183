package com.wuyebot.bot.escalation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TranscriptRepository extends JpaRepository<TranscriptEntry, Long> {

  List<TranscriptEntry> findByEscalationIdOrderByIdAsc(Long escalationId);

  boolean existsByEscalationIdAndMsgId(Long escalationId, Long msgId);

  /** The resident's latest entry in each of the conversations, in one query for the whole inbox. */
  @Query("select t from TranscriptEntry t where t.id in (select max(m.id) from TranscriptEntry m "
      + "where m.escalationId in :escalationIds and m.authorKind = 'RESIDENT' group by m.escalationId)")
  List<TranscriptEntry> findLatestFromResidents(Collection<Long> escalationIds);
}
