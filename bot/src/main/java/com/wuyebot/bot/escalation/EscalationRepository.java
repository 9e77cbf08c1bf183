package com.wuyebot.bot.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Status changes are conditional updates: the row count says whether this caller won. */
interface EscalationRepository extends JpaRepository<Escalation, Long> {

  Optional<Escalation> findByOpenResident(String openResident);

  List<Escalation> findByStatusInOrderByRequestedAtAscIdAsc(Collection<EscalationStatus> statuses);

  List<Escalation> findByStatusOrderByClosedAtDesc(EscalationStatus status, Pageable page);

  List<Escalation> findByAppIdAndOpenIdAndIdNotOrderByIdDesc(String appId, String openId, Long id, Pageable page);

  /** Compared with the stored time: an Instant in memory is finer than the column and would count itself. */
  @Query("select count(e) from Escalation e where e.status = 'WAITING' and e.id <> :id "
      + "and e.requestedAt < (select m.requestedAt from Escalation m where m.id = :id)")
  long countWaitingBefore(Long id);

  List<Escalation> findByRequestedAtGreaterThanEqual(Instant since);

  long countByStatusAndAgent(EscalationStatus status, String agent);

  @Query("select e from Escalation e where e.status = 'WAITING' and e.alertedAt is null and e.requestedAt <= :before")
  List<Escalation> findUnclaimedSince(Instant before);

  @Query("select e from Escalation e where e.status <> 'CLOSED' and e.lastActivityAt <= :before")
  List<Escalation> findOpenIdleSince(Instant before);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.status = 'ACTIVE', e.agent = :agent, e.claimedAt = :now, e.lastActivityAt = :now "
      + "where e.id = :id and e.status = 'WAITING'")
  int claim(Long id, String agent, Instant now);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.agent = :to, e.claimedAt = :now, e.lastActivityAt = :now "
      + "where e.id = :id and e.status = 'ACTIVE' and e.agent = :from")
  int transfer(Long id, String from, String to, Instant now);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.status = 'WAITING', e.agent = null, e.claimedAt = null, e.lastActivityAt = :now, "
      + "e.alertedAt = null where e.id = :id and e.status = 'ACTIVE' and e.agent = :from")
  int release(Long id, String from, Instant now);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.status = 'CLOSED', e.openResident = null, e.closedAt = :now, e.closedBy = :by, "
      + "e.closeReason = :reason where e.id = :id and e.status <> 'CLOSED'")
  int close(Long id, String by, CloseReason reason, Instant now);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.lastActivityAt = :now where e.id = :id and e.status <> 'CLOSED'")
  int touch(Long id, Instant now);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.holdNoticeSent = true where e.id = :id and e.holdNoticeSent = false")
  int takeHoldNotice(Long id);

  @Transactional
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Escalation e set e.alertedAt = :now where e.id = :id and e.alertedAt is null and e.status = 'WAITING'")
  int markAlerted(Long id, Instant now);
}
