package com.wuyebot.bot.conversation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TicketPhotoRepository extends JpaRepository<TicketPhoto, Long> {

  record Due(Long id, long version) {
  }

  boolean existsByTicketNumberAndMediaId(String ticketNumber, String mediaId);

  @Query("""
      select new com.wuyebot.bot.conversation.TicketPhotoRepository$Due(p.id, p.version) from TicketPhoto p
      where p.status = com.wuyebot.bot.conversation.TicketPhoto$Status.PENDING and p.nextAttemptAt <= :now
      order by p.nextAttemptAt""")
  List<Due> findDue(@Param("now") Instant now, Pageable page);

  /** Takes the next attempt for this instance until {@code until}; exactly one of several instances gets 1. */
  @Modifying
  @Query("""
      update TicketPhoto p set p.nextAttemptAt = :until, p.version = p.version + 1
      where p.id = :id and p.version = :version
        and p.status = com.wuyebot.bot.conversation.TicketPhoto$Status.PENDING and p.nextAttemptAt <= :now""")
  int claim(@Param("id") Long id, @Param("version") long version, @Param("now") Instant now, @Param("until") Instant until);
}
