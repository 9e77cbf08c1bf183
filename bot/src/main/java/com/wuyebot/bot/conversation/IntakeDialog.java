package com.wuyebot.bot.conversation;

import com.wuyebot.bot.resident.ChineseNumbers;
import com.wuyebot.bot.conversation.Session.Flow;
import com.wuyebot.bot.conversation.Session.Step;
import com.wuyebot.bot.resident.ResidentHouse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The questions of a repair or complaint intake: take everything a message gives, ask only for
 * what is still missing, one short question at a time, then show a summary to confirm.
 * Opening the ticket is the caller's part; this class only moves the session on.
 */
@Component
class IntakeDialog {

  private static final int MAX_PLACE = 100;
  private static final int SHORT_ANSWER = 20;
  /** Said in a first message, only explicit words count: a complaint is full of 要 and 是. */
  private static final Pattern SAID_ANONYMOUS = Pattern.compile("匿名|不需要回复|不用回复|无需回复|不要回复");
  private static final Pattern SAID_FEEDBACK = Pattern.compile("需要回复|回复我|给我回复|告诉我结果|给我个说法|给我一个说法");
  /** Answering the question, a short yes or no is enough. */
  private static final Pattern ANSWER_ANONYMOUS = Pattern.compile("匿名|不需要|不用|不要|无需|^否|^2$");
  private static final Pattern ANSWER_FEEDBACK = Pattern.compile("需要|要|是|好|回复|^1$");

  private static final Pattern SERIOUS = Pattern.compile("很严重|非常严重|特别严重|太严重|严重影响|要求回电|给我回电|回个电话|打电话给我|给我打电话|来电联系我");

  private final ResidentReplies replies;

  IntakeDialog(ResidentReplies replies) {
    this.replies = replies;
  }

  /** What a resident's next message did to an intake under way. */
  record Turn(String reply, Outcome outcome) {
  }

  enum Outcome { ASKED, CONFIRMED, CANCELLED }

  /**
   * @param boundHouses the resident's bound houses, looked up only when the message names no place: the only
   *                    one fills the location, several are offered by number
   */
  String startRepair(Session session, String text, boolean urgent, Supplier<List<ResidentHouse>> boundHouses) {
    session.startIntake(Flow.REPAIR);
    session.urgent = urgent;
    session.description = text.strip();
    List<ResidentHouse> bound = takePlace(session, text) ? List.of() : boundHouses.get();
    if (!bound.isEmpty()) {
      if (bound.size() == 1) {
        session.house = bound.get(0).label();
        session.community = bound.get(0).community();
      } else {
        bound.forEach(house -> {
          session.houseChoices.add(house.label());
          session.houseCommunities.add(house.community());
        });
      }
    }
    PreferredTimes.find(text).ifPresent(time -> session.preferredTime = time);
    session.category = RepairCategories.of(withoutHouse(text));
    return next(session);
  }

  String startComplaint(Session session, String text, boolean urgent) {
    session.startIntake(Flow.COMPLAINT);
    session.urgent = urgent;
    session.description = text.strip();
    takePlace(session, text);
    session.wantsFeedback = feedbackIn(text, SAID_ANONYMOUS, SAID_FEEDBACK).orElse(null);
    noteSerious(session, text);
    return next(session);
  }

  Turn continueWith(Session session, String text) {
    if (ConfirmWords.isCancel(text)) {
      return new Turn(replies.intakeCancelled(), Outcome.CANCELLED);
    }
    if (session.flow == Flow.COMPLAINT) {
      noteSerious(session, text);
    }
    switch (session.step) {
      case CONFIRM -> {
        switch (ConfirmWords.of(text)) {
          case CONFIRM -> {
            return new Turn(null, Outcome.CONFIRMED);
          }
          case CANCEL -> {
            return new Turn(replies.intakeCancelled(), Outcome.CANCELLED);
          }
          case CHANGE -> {
            session.step = Step.CHANGE;
            return asked(replies.askChange());
          }
          default -> {
            return asked(takeDetails(session, text) ? next(session) : replies.confirmChoices());
          }
        }
      }
      case CHANGE -> {
        if (!takeDetails(session, text)) {
          session.description = text.strip();
          if (session.flow == Flow.REPAIR) {
            session.category = RepairCategories.of(withoutHouse(text));
          }
        }
        return asked(next(session));
      }
      case HOUSE -> {
        int picked = NumberedChoice.of(text).orElse(-1);
        if (picked >= 0 && picked < session.houseChoices.size()) {
          session.house = session.houseChoices.get(picked);
          session.community = session.houseCommunities.get(picked);
          return asked(next(session));
        }
        if (!takePlace(session, text)) {
          session.location = shorten(text.strip(), MAX_PLACE);
        }
        return asked(next(session));
      }
      case LOCATION -> {
        if (!takePlace(session, text)) {
          session.location = shorten(text.strip(), MAX_PLACE);
        }
        if (session.preferredTime == null) {
          PreferredTimes.find(text).ifPresent(time -> session.preferredTime = time);
        }
        return asked(next(session));
      }
      case TIME -> {
        // a short answer to the question is all about the time (周日全天都在): keep it whole
        String answer = text.strip();
        session.preferredTime = answer.length() <= SHORT_ANSWER ? answer
            : PreferredTimes.find(text).orElse(shorten(answer, MAX_PLACE));
        if (!session.hasLocation()) {
          takePlace(session, text);
        }
        return asked(next(session));
      }
      case FEEDBACK -> {
        Optional<Boolean> feedback = feedbackIn(text.strip(), ANSWER_ANONYMOUS, ANSWER_FEEDBACK);
        if (feedback.isEmpty()) {
          return asked(replies.askFeedback());
        }
        session.wantsFeedback = feedback.get();
        return asked(next(session));
      }
      default -> {
        return asked(next(session));
      }
    }
  }

  private static Turn asked(String reply) {
    return new Turn(reply, Outcome.ASKED);
  }

  /** The question the intake is waiting for, e.g. after a photo. */
  String currentQuestion(Session session) {
    return switch (session.step) {
      case LOCATION -> replies.askLocation();
      case HOUSE -> replies.askWhichHouse(session.houseChoices);
      case TIME -> replies.askTime();
      case FEEDBACK -> replies.askFeedback();
      case CHANGE -> replies.askChange();
      default -> summary(session);
    };
  }

  private String next(Session session) {
    if (session.flow == Flow.REPAIR) {
      if (!session.hasLocation() && !session.houseChoices.isEmpty()) {
        session.step = Step.HOUSE;
        return replies.askWhichHouse(session.houseChoices);
      }
      if (!session.hasLocation()) {
        session.step = Step.LOCATION;
        return replies.askLocation();
      }
      if (session.preferredTime == null && !session.urgent) {
        session.step = Step.TIME;
        return replies.askTime();
      }
    } else if (session.wantsFeedback == null) {
      session.step = Step.FEEDBACK;
      return replies.askFeedback();
    }
    session.step = Step.CONFIRM;
    return summary(session);
  }

  private String summary(Session session) {
    if (session.flow == Flow.COMPLAINT) {
      return replies.complaintSummary(session.description, session.place(), Boolean.TRUE.equals(session.wantsFeedback));
    }
    return replies.repairSummary(session.category, session.place(), session.description, session.preferredTime,
        session.photos.size(), session.urgent);
  }

  /** A place or a time in the message replaces the one known; true when there was one. */
  private static boolean takeDetails(Session session, String text) {
    boolean place = takePlace(session, text);
    Optional<String> time = session.flow == Flow.REPAIR ? PreferredTimes.find(text) : Optional.empty();
    time.ifPresent(t -> session.preferredTime = t);
    return place || time.isPresent();
  }

  private static boolean takePlace(Session session, String text) {
    Optional<Places.Place> place = Places.find(text);
    place.ifPresent(p -> {
      session.house = p.house();
      session.location = p.location();
    });
    return place.isPresent();
  }

  /** 很严重, 要求回电: the complaint goes to a person as well, and the resident hears back. */
  private static void noteSerious(Session session, String text) {
    if (SERIOUS.matcher(text).find()) {
      session.serious = true;
      session.wantsFeedback = true;
    }
  }

  private static Optional<Boolean> feedbackIn(String text, Pattern anonymous, Pattern feedback) {
    if (anonymous.matcher(text).find()) {
      return Optional.of(false);
    }
    if (feedback.matcher(text).find()) {
      return Optional.of(true);
    }
    return Optional.empty();
  }

  private static String withoutHouse(String text) {
    String normal = ChineseNumbers.halfWidth(text);
    return Places.withoutHouse(normal);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
