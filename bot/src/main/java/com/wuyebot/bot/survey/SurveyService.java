package com.wuyebot.bot.survey;

import com.wuyebot.bot.messaging.OutboundMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.ticket.IllegalTicketTransitionException;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.wording.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a survey after it is planned: asking (by the messenger, which picks chat or template
 * by the resident's window), one reminder, the answer from the chat or the page with its thanks and
 * follow-up, a refusal, and closing the ticket as not rated when nobody answered. Every step looks
 * at the survey's state first, so a step that runs twice (Quartz recovery, a retried message, the
 * chat and the page at once) acts once; concurrent answers are told apart by the row's version.
 */
@Service
public class SurveyService {

  private static final Logger log = LoggerFactory.getLogger(SurveyService.class);
  static final String ACTOR = "survey";
  private static final Pattern NO_COMMENT =
      Pattern.compile("^(没有|没了|没有了|无|不用了?|不需要|没意见|没有意见|就这样|好的?|谢谢|ok|OK)[。.!！~～]*$");

  private final SurveyRepository surveys;
  private final TicketService tickets;
  private final ResidentMessenger messenger;
  private final SurveyQuestions questions;
  private final LowScoreFollowUp lowScores;
  private final TimedSteps steps;
  private final SurveyTiming timing;
  private final SurveyProperties properties;
  private final Wording wording;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final TransactionTemplate transaction;

  SurveyService(SurveyRepository surveys, TicketService tickets, ResidentMessenger messenger, SurveyQuestions questions,
      LowScoreFollowUp lowScores, TimedSteps steps, SurveyProperties properties, TicketProperties ticketProperties,
      Wording wording, Pseudonyms pseudonyms, Clock clock, PlatformTransactionManager transactions) {
    this.surveys = surveys;
    this.tickets = tickets;
    this.messenger = messenger;
    this.questions = questions;
    this.lowScores = lowScores;
    this.steps = steps;
    this.timing = SurveyTiming.of(properties, ticketProperties.zone());
    this.properties = properties;
    this.wording = wording;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  public Optional<Survey> find(long id) {
    return surveys.findById(id);
  }

  public Optional<Survey> ofTicket(String number) {
    return surveys.findByTicketNumber(number);
  }

  /**
   * Asks once; a ticket that is no longer resolved (reopened, closed by staff) is not surveyed. The
   * survey is marked asked before the message goes out, so an answer typed the moment the question
   * arrives finds it; a run cut short after the mark sends on the next run (Quartz recovery), the
   * messenger's record making sure the question goes out once.
   */
  void ask(long id) {
    Optional<Survey> found = surveys.findById(id);
    if (found.isEmpty() || !(found.get().status() == SurveyStatus.SCHEDULED
        || found.get().status() == SurveyStatus.ASKED && found.get().askedChannel() == null)) {
      return;
    }
    Survey survey = found.get();
    if (survey.status() == SurveyStatus.SCHEDULED) {
      if (tickets.get(survey.ticketNumber()).status() != TicketStatus.RESOLVED) {
        update(id, s -> {
          if (s.status() == SurveyStatus.SCHEDULED) {
            s.skip();
          }
        });
        log.info("Survey {} skipped: ticket {} is no longer resolved", id, survey.ticketNumber());
        return;
      }
      Instant now = clock.instant();
      try {
        boolean marked = Boolean.TRUE.equals(transaction.execute(status -> {
          Survey current = surveys.findById(id).orElseThrow();
          if (current.status() != SurveyStatus.SCHEDULED) {
            return false;
          }
          current.asked(now);
          surveys.saveAndFlush(current);
          timing.remindAt(now).ifPresent(at -> steps.schedule(TimedSteps.Step.SURVEY_REMIND, id, at, String.valueOf(id)));
          return true;
        }));
        if (!marked) {
          return;
        }
      } catch (ObjectOptimisticLockingFailureException e) {
        // the same step ran at the same moment elsewhere (a recovered job): that run asks
        return;
      }
    }
    OutboundMessage sent = messenger.send(questions.question(survey));
    if (sent.channel() != null) {
      transaction.executeWithoutResult(status -> surveys.askedBy(id, sent.channel()));
    }
    log.info("Survey {} of ticket {} asked resident {} by {} ({})", id, survey.ticketNumber(),
        pseudonyms.of(survey.openId()), sent.channel(), sent.status());
  }

  /** The one reminder, unless the resident answered or declined meanwhile. */
  void remind(long id) {
    Optional<Survey> found = surveys.findById(id).filter(s -> s.status() == SurveyStatus.ASKED && s.remindedAt() == null);
    if (found.isEmpty()) {
      return;
    }
    OutboundMessage sent = messenger.send(questions.reminder(found.get()));
    try {
      update(id, s -> {
        if (s.status() == SurveyStatus.ASKED && s.remindedAt() == null) {
          s.reminded(sent.channel(), clock.instant());
        }
      });
    } catch (SurveyClosedException e) {
      // answered while the reminder went out: nothing left to remember
      return;
    }
    log.info("Survey {} reminded by {} ({})", id, sent.channel(), sent.status());
  }

  /** "Closed, not rated": the resolution stood for the configured days without an answer. */
  void closeUnanswered(long id) {
    Optional<Survey> found = surveys.findById(id);
    if (found.isEmpty()) {
      return;
    }
    String number = found.get().ticketNumber();
    Ticket ticket = tickets.get(number);
    Instant now = clock.instant();
    boolean due = ticket.status() == TicketStatus.RESOLVED && ticket.resolvedAt() != null
        && !ticket.resolvedAt().plus(properties.closeAfter()).isAfter(now);
    transaction.executeWithoutResult(status -> {
      Survey survey = surveys.findById(id).orElseThrow();
      if (survey.status().isOpen() && (due || ticket.status().isFinal())) {
        survey.notRated(now);
      }
      if (due) {
        tickets.close(number, ACTOR);
      }
    });
    if (due) {
      log.info("Ticket {} closed, not rated, {} after its resolution", number, properties.closeAfter());
    }
  }

  /**
   * Records a score (and perhaps a comment) and returns the thanks the resident reads. A score of
   * 3 or more closes the ticket; 1 or 2 goes to {@link LowScoreFollowUp}.
   *
   * @throws SurveyClosedException when the survey was answered, declined or closed before
   */
  public String answer(long id, int score, String comment, AnswerSource via) {
    Instant now = clock.instant();
    Survey survey = update(id, s -> s.answer(score, comment, via, now,
        via == AnswerSource.CHAT ? now.plus(properties.commentWindow()) : null));
    log.info("Survey {} of ticket {} answered with {} by {}", id, survey.ticketNumber(), score, via);
    if (survey.comment() != null) {
      commentOnTicket(survey);
    }
    if (survey.isLowScore()) {
      lowScores.followUp(survey);
    } else {
      closeTicket(survey.ticketNumber());
    }
    String thanks = wording.text(survey.isLowScore() ? "survey.thanks.low" : "survey.thanks." + score);
    if (via == AnswerSource.CHAT && survey.comment() == null) {
      return thanks + wording.text("survey.ask-comment");
    }
    return thanks;
  }

  /** 不评价: no reminder; the ticket closes now, not rated. */
  public String decline(long id) {
    Survey survey = update(id, s -> s.decline(clock.instant()));
    closeTicket(survey.ticketNumber());
    log.info("Survey {} of ticket {} declined", id, survey.ticketNumber());
    return wording.text("survey.declined");
  }

  /**
   * The resident's message after their score in the chat: their comment, or 没有. {@code answered} is the survey
   * as the chat hook just read it; changes are made to a fresh copy.
   */
  String comment(Survey answered, String text) {
    long id = answered.id();
    if (ChatAnswer.read(text) instanceof ChatAnswer.Score score && score.score() == answered.score()
        && score.comment() == null) {
      // the score once more (a retry WeChat sent past the dedup, a double tap): the same thanks, no comment
      return wording.text(answered.isLowScore() ? "survey.thanks.low" : "survey.thanks." + answered.score());
    }
    if (NO_COMMENT.matcher(text.strip()).matches()) {
      update(id, Survey::noComment);
      return wording.text("survey.no-comment");
    }
    Survey survey = update(id, s -> s.addComment(text));
    commentOnTicket(survey);
    if (survey.isLowScore()) {
      lowScores.commentAdded(survey);
    }
    return wording.text("survey.comment-thanks");
  }

  private void commentOnTicket(Survey survey) {
    try {
      tickets.comment(survey.ticketNumber(), ACTOR,
          wording.text("survey.ticket-comment", "score", survey.score(), "comment", survey.comment()), false);
    } catch (RuntimeException e) {
      log.warn("Comment of survey {} not added to ticket {}", survey.id(), survey.ticketNumber(), e);
    }
  }

  private void closeTicket(String number) {
    try {
      tickets.close(number, ACTOR);
    } catch (IllegalTicketTransitionException e) {
      log.debug("Ticket {} not closed after its survey: {}", number, e.getMessage());
    }
  }

  private Survey update(long id, Consumer<Survey> change) {
    try {
      return transaction.execute(status -> {
        Survey survey = surveys.findById(id).orElseThrow(() -> new SurveyNotFoundException(id));
        change.accept(survey);
        return surveys.saveAndFlush(survey);
      });
    } catch (ObjectOptimisticLockingFailureException e) {
      // answered at the same moment elsewhere (the page and the chat, two instances): that answer stands
      Survey now = surveys.findById(id).orElseThrow(() -> new SurveyNotFoundException(id));
      throw new SurveyClosedException(id, now.status());
    }
  }
}
