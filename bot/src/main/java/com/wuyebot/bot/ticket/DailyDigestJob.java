package com.wuyebot.bot.ticket;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Sends yesterday's digest. The day comes from the scheduled time, so a firing that runs late (a
 * restart after a missed one runs once, at start) still reports on the day before it was due.
 */
@DisallowConcurrentExecution
class DailyDigestJob implements Job {

  private final DailyDigest digest;

  DailyDigestJob(DailyDigest digest) {
    this.digest = digest;
  }

  @Override
  public void execute(JobExecutionContext context) {
    digest.send(digest.dayBefore(context.getScheduledFireTime().toInstant()));
  }
}
