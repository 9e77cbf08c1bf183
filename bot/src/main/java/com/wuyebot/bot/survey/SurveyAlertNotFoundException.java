package com.wuyebot.bot.survey;

import com.wuyebot.bot.shared.NotFoundException;

public class SurveyAlertNotFoundException extends NotFoundException {

  SurveyAlertNotFoundException(long id) {
    super("No survey alert " + id);
  }
}
