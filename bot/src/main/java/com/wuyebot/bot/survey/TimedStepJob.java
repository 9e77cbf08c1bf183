package com.wuyebot.bot.survey;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Runs one timed step of a survey or an appointment; each step checks the record's state, so running it twice does nothing twice. */
class TimedStepJob implements Job {

  private final SurveyService surveys;
  private final AppointmentReminders appointments;

  TimedStepJob(SurveyService surveys, AppointmentReminders appointments) {
    this.surveys = surveys;
    this.appointments = appointments;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    JobDataMap data = context.getMergedJobDataMap();
    long id = data.getLong(TimedSteps.ID);
    try {
      switch (TimedSteps.Step.valueOf(data.getString(TimedSteps.STEP))) {
        case SURVEY_ASK -> surveys.ask(id);
        case SURVEY_REMIND -> surveys.remind(id);
        case SURVEY_CLOSE -> surveys.closeUnanswered(id);
        case APPOINTMENT_REMIND -> appointments.remind(id, data.getLong(TimedSteps.AT));
      }
    } catch (RuntimeException e) {
      throw new JobExecutionException("Step " + data.getString(TimedSteps.STEP) + " of " + id + " failed", e, false);
    }
  }
}
