package com.wuyebot.bot.survey;

/** A visit time for a ticket whose work is over (resolved, closed, cancelled): nobody will come. */
public class AppointmentClosedException extends RuntimeException {

  AppointmentClosedException(String number, Object status) {
    super("Ticket " + number + " is " + status + ": no visit to plan");
  }
}
