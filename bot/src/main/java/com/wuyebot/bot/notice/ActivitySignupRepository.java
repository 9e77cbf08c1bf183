package com.wuyebot.bot.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivitySignupRepository extends JpaRepository<ActivitySignup, Long> {

  Optional<ActivitySignup> findByNoticeIdAndAppIdAndOpenId(long noticeId, String appId, String openId);

  long countByNoticeIdAndStatus(long noticeId, SignupStatus status);

  List<ActivitySignup> findByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(long noticeId, SignupStatus status);

  @Query("select count(s) from ActivitySignup s where s.noticeId = :noticeId and s.status = com.wuyebot.bot.notice.SignupStatus.WAITING"
      + " and (s.createdAt < :createdAt or (s.createdAt = :createdAt and s.id <= :id))")
  long waitingPosition(long noticeId, java.time.Instant createdAt, long id);
}
