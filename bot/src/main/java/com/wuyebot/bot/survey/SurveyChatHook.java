package com.wuyebot.bot.survey;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.bot.conversation.OfferedChoices;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import com.wuyebot.knowledge.intent.Classification;
import com.wuyebot.knowledge.intent.Intent;
import com.wuyebot.knowledge.intent.IntentClassifier;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Takes the resident's answer to a survey asked in the chat (5, 五星, 满意, 「3 还行吧」, 不评价) and
 * the comment after it. Anything that is not an answer goes on to the bot and the survey stays
 * open: a resident who writes about a new leak is not rated, nor is a new repair, a call for a person
 * or an emergency taken for the comment after a score, nor is a bare number that picks one of the 「您是想问」
 * suggestions the bot offered after the survey question. Runs after hooks that hand the chat
 * to an agent, whose conversation comes first. A survey counts as asked in the chat from the moment
 * it is marked asked until the messenger reports a template instead.
 */
@Component
@Order(100)
class SurveyChatHook implements ConversationHook {

  /** What a message after a score asks for instead of commenting on the finished work. */
  private static final Set<Intent> NEW_REQUESTS = EnumSet.of(Intent.REPAIR, Intent.HUMAN, Intent.PROGRESS);
  private static final double NEW_REQUEST_CONFIDENCE = 0.6;

  private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*([1-9１-９])\\s*$");

  private final SurveyRepository surveys;
  private final SurveyService service;
  private final IntentClassifier classifier;
  private final OfferedChoices choices;
  private final Clock clock;

  SurveyChatHook(SurveyRepository surveys, SurveyService service, IntentClassifier classifier, OfferedChoices choices,
      Clock clock) {
    this.surveys = surveys;
    this.service = service;
    this.classifier = classifier;
    this.choices = choices;
    this.clock = clock;
  }

  @Override
  public Optional<Reply> intercept(InboundMessage message) {
    if ((message.type() != MessageType.TEXT && message.type() != MessageType.VOICE) || message.text() == null
        || message.text().isBlank() || message.openId() == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Survey> waiting = surveys.awaitingChat(message.appId(), message.openId(), now, Limit.of(1)).stream().findFirst();
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    Survey survey = waiting.get();
    try {
      if (survey.status() == SurveyStatus.ANSWERED) {
        return asksForSomethingNew(message.text()) ? Optional.empty()
            : Optional.of(Reply.text(service.comment(survey, message.text())));
      }
      if (picksASuggestionOfferedSince(message, survey.askedAt())) {
        return Optional.empty();
      }
      ChatAnswer answer = ChatAnswer.read(message.text());
      if (answer instanceof ChatAnswer.Score score) {
        return Optional.of(Reply.text(service.answer(survey.id(), score.score(), score.comment(), AnswerSource.CHAT)));
      }
      if (answer instanceof ChatAnswer.Decline) {
        return Optional.of(Reply.text(service.decline(survey.id())));
      }
      return Optional.empty();
    } catch (SurveyClosedException e) {
      // answered on the page a moment ago: this message is the bot's again
      return Optional.empty();
    }
  }

  /** A bare 2 right after the bot offered 「您是想问」 suggestions picks the second one; before them it is a score. */
  private boolean picksASuggestionOfferedSince(InboundMessage message, Instant surveyAsked) {
    Matcher number = BARE_NUMBER.matcher(message.text());
    return number.matches() && surveyAsked != null
        && Character.getNumericValue(number.group(1).charAt(0)) <= choices.offeredAfter(message.appId(), message.openId(), surveyAsked);
  }

  private boolean asksForSomethingNew(String text) {
    Classification classification = classifier.classify(text);
    return classification.urgent()
        || NEW_REQUESTS.contains(classification.intent()) && classification.confidence() >= NEW_REQUEST_CONFIDENCE;
  }
}
