package com.wuyebot.bot.survey;

import com.wuyebot.bot.conversation.ConversationHook;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.inbound.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Takes the resident's answer to a survey asked in the chat (5, 五星, 满意, 「3 还行吧」, 不评价) and
 * the comment after it. Anything that is not an answer goes on to the bot and the survey stays
 * open: a resident who writes about a new leak is not rated. Runs after hooks that hand the chat
 * to an agent, whose conversation comes first. A survey counts as asked in the chat from the moment
 * it is marked asked until the messenger reports a template instead.
 */
@Component
@Order(100)
class SurveyChatHook implements ConversationHook {

  private final SurveyRepository surveys;
  private final SurveyService service;
  private final Clock clock;

  SurveyChatHook(SurveyRepository surveys, SurveyService service, Clock clock) {
    this.surveys = surveys;
    this.service = service;
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
        return Optional.of(Reply.text(service.comment(survey.id(), message.text())));
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
}
