package com.wuyebot.bot.notice;

import java.time.Instant;
import java.util.Date;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

/**
 * Scheduled notices on the clustered Quartz scheduler: one trigger per notice on one durable job, so a notice
 * starts once across instances and a start missed while every instance was down happens at the next start.
 * The trigger only says when to look; the notice's row decides whether it still is to be sent then.
 */
@Component
class NoticeScheduler {

  static final JobKey SEND = JobKey.jobKey("notice-send", "notice");
  static final JobKey SWEEP = JobKey.jobKey("notice-sweep", "notice");
  static final String NOTICE_ID = "noticeId";

  private final Scheduler scheduler;

  NoticeScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Starts the notice at {@code at}; replaces an earlier schedule of the same notice. */
  void schedule(long noticeId, Instant at) {
    Trigger trigger = TriggerBuilder.newTrigger()
        .forJob(SEND)
        .withIdentity(key(noticeId))
        .usingJobData(NOTICE_ID, noticeId)
        .startAt(Date.from(at))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
    try {
      if (scheduler.checkExists(key(noticeId))) {
        scheduler.rescheduleJob(key(noticeId), trigger);
      } else {
        scheduler.scheduleJob(trigger);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule notice " + noticeId, e);
    }
  }

  void unschedule(long noticeId) {
    try {
      scheduler.unscheduleJob(key(noticeId));
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not unschedule notice " + noticeId, e);
    }
  }

  private static TriggerKey key(long noticeId) {
    return TriggerKey.triggerKey("notice-" + noticeId, "notice");
  }
}
