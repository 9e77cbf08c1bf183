package com.wuyebot.bot.survey;

/** An answer, decline or step for a survey that is no longer open (answered, declined, closed). */
public class SurveyClosedException extends RuntimeException {

  private final SurveyStatus status;

  SurveyClosedException(Long id, SurveyStatus status) {
    super("Survey " + id + " is " + status);
    this.status = status;
  }

  public SurveyStatus status() {
    return status;
  }
}
