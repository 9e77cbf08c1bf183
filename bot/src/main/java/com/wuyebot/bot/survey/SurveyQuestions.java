package com.wuyebot.bot.survey;

import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.bot.wording.Wording;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The survey question and its reminder as the resident receives them: a chat text to answer in the
 * chat while the 48-hour window is open, and a template message whose link opens the survey page
 * when it is not (the messenger picks).
 */
@Component
class SurveyQuestions {

  private final Wording wording;
  private final SurveyLinks links;
  private final SurveyProperties properties;

  SurveyQuestions(Wording wording, SurveyLinks links, SurveyProperties properties) {
    this.wording = wording;
    this.links = links;
    this.properties = properties;
  }

  ResidentMessage question(Survey survey) {
    return message(survey, "ask", "survey.ask");
  }

  ResidentMessage reminder(Survey survey) {
    return message(survey, "remind", "survey.remind");
  }

  private ResidentMessage message(Survey survey, String step, String key) {
    String link = links.urlFor(survey.id());
    String text = wording.text(key, "number", survey.ticketNumber(), "what", what(survey), "link", link);
    Map<String, String> data = Map.of(
        "number", survey.ticketNumber(),
        "title", wording.text("survey.template.title", "what", what(survey)),
        "remark", wording.text("survey.template.remark"));
    return ResidentMessage.of(survey.appId(), survey.openId(), "survey:%d:%s".formatted(survey.id(), step), text,
        new ResidentMessage.Template(properties.templateKind(), data, link));
  }

  /** 报修「水电」 or 投诉, as the resident would name it. */
  String what(Survey survey) {
    boolean complaint = survey.ticketNumber().startsWith(TicketType.COMPLAINT.prefix());
    return wording.text(complaint ? "survey.what.complaint" : "survey.what.repair", "category", survey.category());
  }
}
