package com.wuyebot.bot.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivitySignupRepository extends JpaRepository<ActivitySignup, Long> {

  Optional<ActivitySignup> findByNoticeIdAndAppIdAndOpenId(long noticeId, String appId, String openId);

  long countByNoticeIdAndStatus(long noticeId, SignupStatus status);

  List<ActivitySignup> findByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(long noticeId, SignupStatus status);
}
