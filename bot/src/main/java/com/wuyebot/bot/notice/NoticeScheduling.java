package com.wuyebot.bot.notice;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notice jobs on the clustered Quartz scheduler; triggers of single notices come from {@link NoticeScheduler}. */
@Configuration(proxyBeanMethods = false)
class NoticeScheduling {

  @Bean
  JobDetail noticeSendJob() {
    return JobBuilder.newJob(NoticeSendJob.class).withIdentity(NoticeScheduler.SEND).storeDurably().build();
  }

  @Bean
  JobDetail noticeSweepJob() {
    return JobBuilder.newJob(NoticeSweepJob.class).withIdentity(NoticeScheduler.SWEEP).storeDurably().build();
  }

  /** Reminders of activities, overdue starts and old reports, every minute. */
  @Bean
  Trigger noticeSweepTrigger() {
    return TriggerBuilder.newTrigger()
        .forJob(NoticeScheduler.SWEEP)
        .withIdentity("notice-sweep", "notice")
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMinutes(1).repeatForever()
            .withMisfireHandlingInstructionNowWithExistingCount())
        .build();
  }
}
