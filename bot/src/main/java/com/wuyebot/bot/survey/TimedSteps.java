package com.wuyebot.bot.survey;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

/**
 * One-shot Quartz triggers for the timed steps of surveys and appointments, in the clustered JDBC
 * store: each fires once across instances and survives restarts (a step missed while all were down
 * runs at the next start). A trigger's name says what it is for, so scheduling the same step twice
 * keeps one trigger; its data holds ids only, and the step re-reads everything when it runs.
 */
@Component
class TimedSteps {

  static final String GROUP = "survey";
  static final JobKey JOB = JobKey.jobKey("survey-step", GROUP);
  static final String STEP = "step";
  static final String ID = "id";
  static final String AT = "at";

  private final Scheduler scheduler;

  TimedSteps(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Schedules the step for the record with this id at that time (now if it is past); a trigger of the
   * same name that exists already is kept. Inside a transaction, the trigger commits with it.
   */
  void schedule(Step step, long id, Instant at, String name) {
    Trigger trigger = TriggerBuilder.newTrigger()
        .withIdentity(key(step, name))
        .forJob(JOB)
        .usingJobData(STEP, step.name())
        .usingJobData(ID, id)
        .usingJobData(AT, at.toEpochMilli())
        .startAt(Date.from(at))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
    try {
      scheduler.scheduleJob(trigger);
    } catch (ObjectAlreadyExistsException e) {
      // scheduled before (a retried event, a second instance): that trigger does the work
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule " + trigger.getKey(), e);
    }
  }

  void unschedule(Step step, String name) {
    try {
      scheduler.unscheduleJob(key(step, name));
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not unschedule " + step + " " + name, e);
    }
  }

  private static TriggerKey key(Step step, String name) {
    return TriggerKey.triggerKey(step.name().toLowerCase(Locale.ROOT) + "-" + name, GROUP);
  }

  enum Step {
    SURVEY_ASK, SURVEY_REMIND, SURVEY_CLOSE, APPOINTMENT_REMIND
  }
}
