package com.wuyebot.bot.ticket;

import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Puts the digest's cron trigger into the clustered scheduler, leaving a stored trigger with the
 * same schedule as it is. A trigger bean would be replaced at every start (overwrite-existing-jobs)
 * and so forget a firing missed while every instance was down; left alone, Quartz sees the misfire
 * and fires once at start (fire-and-proceed), however many days were missed.
 */
@Component
class DailyDigestScheduling implements ApplicationRunner {

  static final JobKey JOB = JobKey.jobKey("daily-digest", "ticket");
  static final TriggerKey TRIGGER = TriggerKey.triggerKey("daily-digest", "ticket");
  private static final Logger log = LoggerFactory.getLogger(DailyDigestScheduling.class);

  private final Scheduler scheduler;
  private final DigestProperties properties;
  private final TicketProperties tickets;

  DailyDigestScheduling(Scheduler scheduler, DigestProperties properties, TicketProperties tickets) {
    this.scheduler = scheduler;
    this.properties = properties;
    this.tickets = tickets;
  }

  @Override
  public void run(ApplicationArguments args) throws SchedulerException {
    if (!properties.enabled()) {
      if (scheduler.unscheduleJob(TRIGGER)) {
        log.info("Daily digest switched off");
      }
      return;
    }
    JobDetail job = JobBuilder.newJob(DailyDigestJob.class).withIdentity(JOB).storeDurably().build();
    scheduler.addJob(job, true);
    TimeZone zone = TimeZone.getTimeZone(tickets.zone());
    Trigger trigger = TriggerBuilder.newTrigger().forJob(JOB).withIdentity(TRIGGER)
        .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron()).inTimeZone(zone)
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
    Trigger stored = scheduler.getTrigger(TRIGGER);
    if (stored == null) {
      scheduler.scheduleJob(trigger);
      log.info("Daily digest scheduled: {} ({})", properties.cron(), zone.getID());
    } else if (!(stored instanceof CronTrigger cron) || !cron.getCronExpression().equals(properties.cron())
        || !Objects.equals(cron.getTimeZone().getID(), zone.getID())) {
      scheduler.rescheduleJob(TRIGGER, trigger);
      log.info("Daily digest rescheduled: {} ({})", properties.cron(), zone.getID());
    }
  }
}
