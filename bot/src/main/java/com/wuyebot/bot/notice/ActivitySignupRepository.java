package com.wuyebot.bot.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivitySignupRepository extends JpaRepository<ActivitySignup, Long> {

  Optional<ActivitySignup> findByNoticeIdAndAppIdAndOpenId(long noticeId, String appId, String openId);

  long countByNoticeIdAndStatus(long noticeId, SignupStatus status);

  List<ActivitySignup> findByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(long noticeId, SignupStatus status);

  Optional<ActivitySignup> findFirstByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(long noticeId, SignupStatus status);

  /** Rows of (status, count) of the activity's sign-ups. */
  @Query("select s.status, count(s) from ActivitySignup s where s.noticeId = :noticeId group by s.status")
  List<Object[]> countByStatus(long noticeId);

  /** The place of sign-up {@code id} on its waiting list, from 1: those waiting in the order of signing up, up to it. */
  @Query("select count(s) from ActivitySignup s, ActivitySignup me where me.id = :id and s.noticeId = me.noticeId"
      + " and s.status = com.wuyebot.bot.notice.SignupStatus.WAITING"
      + " and (s.createdAt < me.createdAt or (s.createdAt = me.createdAt and s.id <= me.id))")
  long waitingPosition(long id);
}
