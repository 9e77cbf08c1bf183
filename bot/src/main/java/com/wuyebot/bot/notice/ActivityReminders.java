package com.wuyebot.bot.notice;

import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.shared.Pseudonyms;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Messages to residents who signed up: reminders a day and two hours before the activity, and the news that a
 * place came free for them. Through {@link ResidentMessenger}, whose purpose per resident makes each reminder go
 * out once however often the sweep runs; the flags on the notice only save the sweep from asking again.
 */
@Component
class ActivityReminders {

  static final String TEMPLATE_KIND = "notice-reminder";
  private static final Logger log = LoggerFactory.getLogger(ActivityReminders.class);
  private static final Duration DAY_BEFORE = Duration.ofDays(1);
  private static final Duration HOURS_BEFORE = Duration.ofHours(2);

  private final NoticeRepository notices;
  private final ActivitySignups signups;
  private final ResidentMessenger messenger;
  private final NoticeMessages messages;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "activity-notices"));

  ActivityReminders(NoticeRepository notices, ActivitySignups signups, ResidentMessenger messenger, NoticeMessages messages,
      Pseudonyms pseudonyms, Clock clock) {
    this.notices = notices;
    this.signups = signups;
    this.messenger = messenger;
    this.messages = messages;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  /** Sends the reminders whose time has come. */
  void remindDue() {
    Instant now = clock.instant();
    for (Notice activity : notices.findActivitiesStartingBetween(now, now.plus(DAY_BEFORE))) {
      Duration left = Duration.between(now, activity.startsAt());
      if (left.compareTo(HOURS_BEFORE) <= 0) {
        if (!activity.isRemindedHoursBefore()) {
          remind(activity, "hours");
          notices.markRemindedHoursBefore(activity.id());
        }
      } else if (!activity.isRemindedDayBefore() && publishedBefore(activity, DAY_BEFORE)) {
        remind(activity, "day");
        notices.markRemindedDayBefore(activity.id());
      }
    }
  }

  @TransactionalEventListener
  void onPromoted(SignupPromoted promoted) {
    sender.execute(() -> notices.findById(promoted.noticeId()).ifPresent(notice -> send(notice, promoted.appId(),
        promoted.openId(), "promoted", messages.signUp("notice.signup.promoted", notice))));
  }

  /** A reminder a day ahead of an activity announced less than a day ahead would only repeat the notice. */
  private static boolean publishedBefore(Notice activity, Duration ahead) {
    return activity.sendingStartedAt() != null && !activity.sendingStartedAt().isAfter(activity.startsAt().minus(ahead));
  }

  /** @param which day or hours: the reminder's wording {@code notice.reminder.<which>} and purpose */
  private void remind(Notice activity, String which) {
    String text = messages.signUp("notice.reminder." + which, activity);
    int sent = 0;
    for (ActivitySignup signup : signups.list(activity.id(), SignupStatus.CONFIRMED)) {
      send(activity, signup.appId(), signup.openId(), "reminder:" + which, text);
      sent++;
    }
    log.info("Activity {}: {} reminder to {} residents", activity.id(), which, sent);
  }

  private void send(Notice notice, String appId, String openId, String purpose, String text) {
    try {
      messenger.send(ResidentMessage.of(appId, openId, "notice:" + notice.id() + ":" + purpose, text,
          new ResidentMessage.Template(TEMPLATE_KIND, Map.of("title", notice.title(), "time", messages.templateTime(notice.startsAt()),
              "place", notice.place() == null ? "" : notice.place()))));
    } catch (RuntimeException e) {
      // the messenger records and retries what it could record; this resident is asked again at the next sweep
      log.warn("Activity message {} to resident {} not sent", purpose, pseudonyms.of(openId), e);
    }
  }

  @PreDestroy
  void finishPending() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(10, TimeUnit.SECONDS);
  }
}
