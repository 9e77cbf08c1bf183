package com.wuyebot.bot.ticket.sla;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Runs the {@link SlaWatch} sweep; holds no data, so a firing missed during a restart simply runs next time. */
@DisallowConcurrentExecution
class SlaSweepJob implements Job {

  private final SlaWatch watch;

  SlaSweepJob(SlaWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(JobExecutionContext context) {
    watch.sweep();
  }
}
