package com.wuyebot.bot.console;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's audit trail. Subjects name records by id (escalation 12, user alice), never by a
 * resident's openid, phone or name, so the trail itself holds no personal data.
 */
@Service
public class AuditTrail {

  private final AuditEntryRepository entries;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Recorded even when the caller's transaction rolls back: the look happened. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String actor, String action, String subject) {
    entries.save(new AuditEntry(actor, action, subject, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> recent(int limit) {
    return entries.findByOrderByIdDesc(PageRequest.of(0, Math.min(Math.max(limit, 1), 500)));
  }
}
