package com.wuyebot.bot.survey;

public enum SurveyStatus {
  /** Waiting for its time (after the delay, outside quiet hours). */
  SCHEDULED,
  /** Sent; the resident may answer in the chat (when asked there) or on the page. */
  ASKED,
  ANSWERED,
  /** The resident said they do not want to rate (不评价): no reminder, not counted as an answer. */
  DECLINED,
  /** No answer in time: the ticket was closed as "closed, not rated"; never counted as satisfied. */
  NOT_RATED,
  /** Nobody to ask (no resident on the ticket, or the ticket was no longer resolved when its time came). */
  SKIPPED;

  boolean isOpen() {
    return this == SCHEDULED || this == ASKED;
  }
}
