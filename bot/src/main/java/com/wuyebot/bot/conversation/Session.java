package com.wuyebot.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers of one resident's conversation between messages: the intake under way,
 * and the last confirmed ticket so that a retried confirmation answers with the same number.
 * Mutable on purpose: it lives for one message, then is written back as JSON.
 */
final class Session {

  enum Flow { NONE, REPAIR, COMPLAINT }

  enum Step { NONE, LOCATION, TIME, FEEDBACK, CONFIRM, CHANGE }

  Flow flow = Flow.NONE;
  Step step = Step.NONE;
  String category;
  String house;
  String location;
  String description;
  List<String> photos = new ArrayList<>();
  String preferredTime;
  boolean urgent;
  /** Complaints: null until the resident said whether they want to hear back. */
  Boolean wantsFeedback;
  /** The request key of the message that confirmed the last intake, and what the bot answered. */
  String confirmedBy;
  String confirmedReply;
  /** Read from the store, not made up for this message; not itself stored. */
  transient boolean stored;

  /** Worth a key in the store: something to continue or to answer a retry with. */
  boolean worthKeeping() {
    return inIntake() || confirmedBy != null;
  }

  boolean inIntake() {
    return flow != Flow.NONE;
  }

  boolean hasLocation() {
    return house != null || location != null;
  }

  String place() {
    if (house != null && location != null) {
      return house + " " + location;
    }
    return house != null ? house : location;
  }

  void startIntake(Flow flow) {
    this.flow = flow;
    this.step = Step.NONE;
    category = null;
    house = null;
    location = null;
    description = null;
    photos = new ArrayList<>();
    preferredTime = null;
    urgent = false;
    wantsFeedback = null;
  }

  void endIntake() {
    startIntake(Flow.NONE);
  }
}
