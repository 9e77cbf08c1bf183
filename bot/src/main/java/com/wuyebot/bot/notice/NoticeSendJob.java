package com.wuyebot.bot.notice;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** A scheduled notice's time has come: start sending it, unless it was edited, rescheduled or cancelled since. */
class NoticeSendJob implements Job {

  private final NoticeService notices;

  NoticeSendJob(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(JobExecutionContext context) {
    notices.startScheduled(context.getMergedJobDataMap().getLong(NoticeScheduler.NOTICE_ID));
  }
}
