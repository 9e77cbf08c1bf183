package com.wuyebot.bot.notice;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Once a minute on one instance: activity reminders, scheduled notices whose trigger was lost, old reports. */
@DisallowConcurrentExecution
class NoticeSweepJob implements Job {

  private final NoticeService notices;
  private final ActivityReminders reminders;

  NoticeSweepJob(NoticeService notices, ActivityReminders reminders) {
    this.notices = notices;
    this.reminders = reminders;
  }

  @Override
  public void execute(JobExecutionContext context) {
    notices.startOverdue();
    reminders.remindDue();
    notices.forgetOldReports();
  }
}
