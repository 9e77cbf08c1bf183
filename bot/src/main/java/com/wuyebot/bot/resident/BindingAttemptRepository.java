package com.wuyebot.bot.resident;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface BindingAttemptRepository extends JpaRepository<BindingAttempt, Long> {

  long countByAppIdAndOpenIdAndAttemptedAtAfter(String appId, String openId, Instant after);
}
