package com.wuyebot.bot.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups to activities with a capacity and a waiting list. Places are counted under a lock on the activity's
 * row, so two residents answering at once on two instances never take the same last place; a cancelled place
 * goes to the first on the waiting list, who is told.
 */
@Service
public class ActivitySignups {

  private final ActivitySignupRepository signups;
  private final NoticeRepository notices;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ActivitySignups(ActivitySignupRepository signups, NoticeRepository notices, ApplicationEventPublisher events, Clock clock) {
    this.signups = signups;
    this.notices = notices;
    this.events = events;
    this.clock = clock;
  }

  public enum Outcome {
    CONFIRMED, WAITING, ALREADY_CONFIRMED, ALREADY_WAITING, CLOSED, CANCELLED, NOT_SIGNED_UP
  }

  /** @param position the place on the waiting list, from 1; 0 when not waiting */
  public record Answer(Outcome outcome, Notice notice, long position) {
  }

  public record Counts(long confirmed, long waiting, long cancelled) {
  }

  /** @param channel CHAT or LINK */
  @Transactional
  public Answer signUp(long noticeId, String appId, String openId, String channel) {
    Notice notice = notices.lockById(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
    Instant now = clock.instant();
    if (!isOpen(notice, now)) {
      return new Answer(Outcome.CLOSED, notice, 0);
    }
    ActivitySignup existing = signups.findByNoticeIdAndAppIdAndOpenId(noticeId, appId, openId).orElse(null);
    if (existing != null && existing.status() == SignupStatus.CONFIRMED) {
      return new Answer(Outcome.ALREADY_CONFIRMED, notice, 0);
    }
    if (existing != null && existing.status() == SignupStatus.WAITING) {
      return new Answer(Outcome.ALREADY_WAITING, notice, position(existing));
    }
    boolean placeLeft = notice.capacity() == null
        || signups.countByNoticeIdAndStatus(noticeId, SignupStatus.CONFIRMED) < notice.capacity();
    SignupStatus status = placeLeft ? SignupStatus.CONFIRMED : SignupStatus.WAITING;
    ActivitySignup signup;
    if (existing == null) {
      signup = signups.saveAndFlush(new ActivitySignup(noticeId, appId, openId, status, channel, now));
    } else {
      existing.renew(status, channel, now);
      signup = signups.saveAndFlush(existing);
    }
    return placeLeft ? new Answer(Outcome.CONFIRMED, notice, 0) : new Answer(Outcome.WAITING, notice, position(signup));
  }

  @Transactional
  public Answer cancel(long noticeId, String appId, String openId) {
    Notice notice = notices.lockById(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
    Instant now = clock.instant();
    if (!isOpen(notice, now)) {
      return new Answer(Outcome.CLOSED, notice, 0);
    }
    ActivitySignup signup = signups.findByNoticeIdAndAppIdAndOpenId(noticeId, appId, openId).orElse(null);
    if (signup == null || signup.status() == SignupStatus.CANCELLED) {
      return new Answer(Outcome.NOT_SIGNED_UP, notice, 0);
    }
    boolean freedAPlace = signup.status() == SignupStatus.CONFIRMED;
    signup.cancel(now);
    signups.saveAndFlush(signup);
    if (freedAPlace && notice.capacity() != null) {
      signups.findFirstByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(noticeId, SignupStatus.WAITING).ifPresent(next -> {
        next.confirm(now);
        signups.saveAndFlush(next);
        events.publishEvent(new SignupPromoted(noticeId, next.appId(), next.openId()));
      });
    }
    return new Answer(Outcome.CANCELLED, notice, 0);
  }

  @Transactional(readOnly = true)
  public Counts counts(long noticeId) {
    Map<SignupStatus, Long> byStatus = new EnumMap<>(SignupStatus.class);
    for (Object[] row : signups.countByStatus(noticeId)) {
      byStatus.put((SignupStatus) row[0], (Long) row[1]);
    }
    return new Counts(byStatus.getOrDefault(SignupStatus.CONFIRMED, 0L), byStatus.getOrDefault(SignupStatus.WAITING, 0L),
        byStatus.getOrDefault(SignupStatus.CANCELLED, 0L));
  }

  /** @param status CONFIRMED, WAITING, or null when not signed up (never, or cancelled) */
  public record Standing(SignupStatus status, long position) {
  }

  /** Where this resident stands: a place, the place on the waiting list, or not signed up. */
  @Transactional(readOnly = true)
  public Standing standing(long noticeId, String appId, String openId) {
    ActivitySignup signup = signups.findByNoticeIdAndAppIdAndOpenId(noticeId, appId, openId).orElse(null);
    if (signup == null || signup.status() == SignupStatus.CANCELLED) {
      return new Standing(null, 0);
    }
    return new Standing(signup.status(), signup.status() == SignupStatus.WAITING ? position(signup) : 0);
  }

  /** Everyone with a place (CONFIRMED) or on the waiting list (WAITING), in order of signing up. */
  @Transactional(readOnly = true)
  public List<ActivitySignup> list(long noticeId, SignupStatus status) {
    return signups.findByNoticeIdAndStatusOrderByCreatedAtAscIdAsc(noticeId, status);
  }

  /** An activity takes sign-ups from the moment it goes out until it starts. */
  static boolean isOpen(Notice notice, Instant now) {
    return notice.kind() == NoticeKind.ACTIVITY && notice.signUp() && notice.isOut()
        && notice.startsAt() != null && notice.startsAt().isAfter(now);
  }

  private long position(ActivitySignup signup) {
    return signups.waitingPosition(signup.id());
  }
}
