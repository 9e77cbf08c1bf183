package com.wuyebot.bot.ticket.sla;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA sweep every {@code bot.sla.sweep-interval} on the clustered Quartz scheduler. A missed
 * firing (all instances down) runs once at the next start rather than once per missed interval:
 * the sweep looks at the present, so one run catches up.
 */
@Configuration(proxyBeanMethods = false)
class SlaScheduling {

  static final JobKey SWEEP = JobKey.jobKey("sla-sweep", "sla");

  @Bean
  JobDetail slaSweepJob() {
    return JobBuilder.newJob(SlaSweepJob.class).withIdentity(SWEEP).storeDurably().build();
  }

  @Bean
  Trigger slaSweepTrigger(JobDetail slaSweepJob, SlaProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(slaSweepJob)
        .withIdentity("sla-sweep", "sla")
        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(properties.sweepInterval().toMillis())
            .repeatForever()
            .withMisfireHandlingInstructionNowWithExistingCount())
        .build();
  }
}
