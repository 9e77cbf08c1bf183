package com.wuyebot.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers of one resident's conversation between messages: the intake under way,
 * and the last confirmed ticket so that a retried confirmation answers with the same number.
 * Mutable on purpose: it lives for one message, then is written back as JSON.
 */
final class Session {

  /** What the resident is in the middle of: reporting, binding a house, acting on one of their tickets. */
  enum Flow { NONE, REPAIR, COMPLAINT, BIND, TICKET }

  enum Step {
    NONE, LOCATION, HOUSE, TIME, FEEDBACK, CONFIRM, CHANGE,
    BIND_COMMUNITY, BIND_HOUSE, BIND_PHONE, UNBIND_PICK,
    PICK_TICKET, SUPPLEMENT
  }

  Flow flow = Flow.NONE;
  Step step = Step.NONE;
  String category;
  /** The community of the house when it is one the resident bound; else the account's. */
  String community;
  /** Bound houses offered when the resident has several, and their communities, in the same order. */
  List<String> houseChoices = new ArrayList<>();
  List<String> houseCommunities = new ArrayList<>();
  /** Complaints: the resident called it very serious or asked to be called back. */
  boolean serious;
  /** Binding: what the resident gave so far. */
  String bindCommunity;
  String bindBuilding;
  String bindUnit;
  String bindRoom;
  List<Long> unbindChoices = new ArrayList<>();
  /** Ticket actions: which one is asked for, the tickets offered, the ticket chosen, words said with it. */
  String action;
  List<String> ticketChoices = new ArrayList<>();
  String ticketNumber;
  String actionText;
  /** Answers in a row the bot could not give. */
  int fallbacks;
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
    return flow != Flow.NONE || confirmedBy != null || fallbacks > 0;
  }

  /** Reporting a repair or a complaint. */
  boolean inIntake() {
    return flow == Flow.REPAIR || flow == Flow.COMPLAINT;
  }

  boolean inFlow() {
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
    community = null;
    houseChoices = new ArrayList<>();
    houseCommunities = new ArrayList<>();
    serious = false;
    bindCommunity = null;
    bindBuilding = null;
    bindUnit = null;
    bindRoom = null;
    unbindChoices = new ArrayList<>();
    action = null;
    ticketChoices = new ArrayList<>();
    ticketNumber = null;
    actionText = null;
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

  /** Starts binding or a ticket action: everything of an earlier flow is forgotten. */
  void startFlow(Flow flow, Step step) {
    startIntake(flow);
    this.step = step;
  }
}
