package com.wuyebot.bot.survey;

import com.wuyebot.bot.shared.NotFoundException;

public class AppointmentNotFoundException extends NotFoundException {

  public AppointmentNotFoundException(String number) {
    super("No appointment for ticket " + number);
  }
}
