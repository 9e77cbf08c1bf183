package com.wuyebot.bot.survey;

import com.wuyebot.bot.shared.NotFoundException;

public class SurveyNotFoundException extends NotFoundException {

  SurveyNotFoundException(long id) {
    super("No survey " + id);
  }
}
