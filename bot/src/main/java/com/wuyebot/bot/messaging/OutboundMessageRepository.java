package com.wuyebot.bot.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

  /** A PENDING message whose next attempt is due, and the version a claim must find. */
  record Due(Long id, long version) {
  }

  Optional<OutboundMessage> findByAppIdAndOpenIdAndPurpose(String appId, String openId, String purpose);

  List<OutboundMessage> findByAppIdAndOpenIdOrderById(String appId, String openId);

  Optional<OutboundMessage> findByAppIdAndWechatMsgId(String appId, Long wechatMsgId);

  @Query("""
      select new com.wuyebot.bot.messaging.OutboundMessageRepository$Due(m.id, m.version) from OutboundMessage m
      where m.status = com.wuyebot.bot.messaging.OutboundStatus.PENDING and m.nextAttemptAt <= :now
      order by m.nextAttemptAt""")
  List<Due> findDue(@Param("now") Instant now, Pageable page);

  /**
   * Takes the next attempt of a due message for this instance until {@code until}: exactly one of
   * several instances that found it due gets 1, the others 0 and leave it alone.
   */
  @Modifying
  @Query("""
      update OutboundMessage m set m.nextAttemptAt = :until, m.version = m.version + 1
      where m.id = :id and m.version = :version
        and m.status = com.wuyebot.bot.messaging.OutboundStatus.PENDING and m.nextAttemptAt <= :now""")
  int claim(@Param("id") Long id, @Param("version") long version, @Param("now") Instant now,
      @Param("until") Instant until);
}
