package com.wuyebot.bot.survey;

import com.wuyebot.bot.wording.Wording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the survey page shows for a link: the form, a thank-you, or a clear page for a link that
 * was changed (403) or has expired (410). Nothing on it needs a login: the signed link is the key.
 */
@Service
public class SurveyPage {

  public static final String FORM = "survey/form";
  public static final String MESSAGE = "survey/message";

  private final SurveyLinks links;
  private final SurveyService surveys;
  private final SurveyQuestions questions;
  private final Wording wording;

  SurveyPage(SurveyLinks links, SurveyService surveys, SurveyQuestions questions, Wording wording) {
    this.links = links;
    this.questions = questions;
    this.surveys = surveys;
    this.wording = wording;
  }

  /** A page to render: template, HTTP status and model. */
  public record View(String template, int status, Map<String, Object> model) {
  }

  public View show(String token) {
    Checked checked = check(token);
    if (checked.refusal != null) {
      return checked.refusal;
    }
    return checked.survey.status().isOpen() ? form(token, checked.survey, null, 200) : finished(checked.survey);
  }

  /**
   * @param score   the chosen score as posted ("1" … "5"); anything else shows the form again (400)
   * @param decline true when the resident pressed 不想评价
   */
  public View submit(String token, String score, String comment, boolean decline) {
    Checked checked = check(token);
    if (checked.refusal != null) {
      return checked.refusal;
    }
    Survey survey = checked.survey;
    if (!survey.status().isOpen()) {
      return finished(survey);
    }
    try {
      if (decline) {
        surveys.decline(survey.id());
        return message(wording.text("survey.page.declined"), 200);
      }
      Optional<Integer> value = parseScore(score);
      if (value.isEmpty()) {
        return form(token, survey, wording.text("survey.page.choose"), 400);
      }
      String thanks = surveys.answer(survey.id(), value.get(), comment, AnswerSource.PAGE);
      Map<String, Object> model = base(wording.text("survey.page.thanks"));
      model.put("message", thanks);
      return new View(MESSAGE, 200, model);
    } catch (SurveyClosedException e) {
      return finished(surveys.find(survey.id()).orElse(survey));
    }
  }

  private Checked check(String token) {
    SurveyLinks.Verdict verdict = links.verify(token);
    if (verdict.kind() == SurveyLinks.Verdict.Kind.INVALID) {
      return new Checked(null, message(wording.text("survey.page.invalid"), 403));
    }
    if (verdict.kind() == SurveyLinks.Verdict.Kind.EXPIRED) {
      return new Checked(null, message(wording.text("survey.page.expired"), 410));
    }
    Optional<Survey> survey = surveys.find(verdict.surveyId());
    if (survey.isEmpty()) {
      // a valid signature for a survey that no longer exists: as good as a broken link
      return new Checked(null, message(wording.text("survey.page.invalid"), 404));
    }
    return new Checked(survey.get(), null);
  }

  private View form(String token, Survey survey, String error, int status) {
    Map<String, Object> model = base(wording.text("survey.page.title"));
    model.put("token", token);
    model.put("question", wording.text("survey.page.question", "number", survey.ticketNumber(), "what", questions.what(survey)));
    model.put("scores", List.of(5, 4, 3, 2, 1).stream()
        .map(value -> Map.of("value", value, "label", wording.text("survey.score." + value))).toList());
    model.put("commentLabel", wording.text("survey.page.comment"));
    model.put("submit", wording.text("survey.page.submit"));
    model.put("declineLabel", wording.text("survey.page.decline"));
    model.put("maxComment", Survey.MAX_COMMENT);
    model.put("error", error);
    return new View(FORM, status, model);
  }

  private View finished(Survey survey) {
    String text = switch (survey.status()) {
      case ANSWERED -> wording.text("survey.page.already");
      case DECLINED -> wording.text("survey.page.declined");
      default -> wording.text("survey.page.closed");
    };
    return message(text, 200);
  }

  private View message(String text, int status) {
    Map<String, Object> model = base(wording.text("survey.page.title"));
    model.put("message", text);
    return new View(MESSAGE, status, model);
  }

  private static Map<String, Object> base(String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    return model;
  }

  private static Optional<Integer> parseScore(String score) {
    if (score == null || !score.strip().matches("[1-5]")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(score.strip()));
  }

  private record Checked(Survey survey, View refusal) {
  }
}
