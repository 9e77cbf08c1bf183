package com.wuyebot.bot.ticket.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One target of a ticket as it stands.
 *
 * @param due      when the target falls due; null while the clock is paused (ON_HOLD) and the
 *                 target was not yet missed, because the due time depends on when work resumes
 * @param metAt    when the target was met (assigned or started; resolved); null until then
 * @param left     the counted time left at the last change of state, or when the target was met:
 *                 while paused, what the ticket will have once work resumes; negative when missed
 */
public record Deadline(Instant due, Instant metAt, Duration left) {

  public boolean isPaused() {
    return due == null;
  }

  public boolean isMet() {
    return metAt != null;
  }

  /** Missed: met late, or not met and past due. */
  public boolean isBreached(Instant now) {
    if (due == null) {
      return false;
    }
    return metAt != null ? metAt.isAfter(due) : now.isAfter(due);
  }
}
