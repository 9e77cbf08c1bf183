package com.wuyebot.bot.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

  List<ApiToken> findAllByOrderById();

  /** At most one write per token and interval, however busy the caller. */
  @Transactional
  @Modifying
  @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
  int touch(long id, Instant now, Instant before);
}
