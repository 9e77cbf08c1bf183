package com.wuyebot.bot.notice;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  Page<Notice> findByStatus(NoticeStatus status, Pageable page);

  /** The notice row locked for this transaction: sign-ups count places one at a time, also across instances. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select n from Notice n where n.id = :id")
  Optional<Notice> lockById(long id);

  @Query("select n from Notice n where n.status = com.wuyebot.bot.notice.NoticeStatus.SCHEDULED and n.sendAt <= :before")
  List<Notice> findScheduledBefore(Instant before);

  @Query("select n from Notice n where n.status in (com.wuyebot.bot.notice.NoticeStatus.SENDING,"
      + " com.wuyebot.bot.notice.NoticeStatus.SENT) and n.kind = :kind and n.appId = :appId and n.endsAt > :now")
  List<Notice> findOutWithKindEndingAfter(String appId, NoticeKind kind, Instant now);

  @Query("select n from Notice n where n.status in (com.wuyebot.bot.notice.NoticeStatus.SENDING,"
      + " com.wuyebot.bot.notice.NoticeStatus.SENT) and n.kind = com.wuyebot.bot.notice.NoticeKind.ACTIVITY"
      + " and n.signUp = true and n.startsAt > :now and n.startsAt <= :until")
  List<Notice> findActivitiesStartingBetween(Instant now, Instant until);

  @Transactional
  @Modifying
  @Query("update Notice n set n.remindedDayBefore = true where n.id = :id")
  void markRemindedDayBefore(long id);

  /** The two-hour reminder makes a day-before one pointless. */
  @Transactional
  @Modifying
  @Query("update Notice n set n.remindedDayBefore = true, n.remindedHoursBefore = true where n.id = :id")
  void markRemindedHoursBefore(long id);
}
