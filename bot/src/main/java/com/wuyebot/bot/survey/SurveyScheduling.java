package com.wuyebot.bot.survey;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one durable job behind every timed step; recovery re-runs a step whose instance died while running it. */
@Configuration(proxyBeanMethods = false)
class SurveyScheduling {

  @Bean
  JobDetail surveyStepJob() {
    return JobBuilder.newJob(TimedStepJob.class).withIdentity(TimedSteps.JOB).storeDurably().requestRecovery().build();
  }
}
