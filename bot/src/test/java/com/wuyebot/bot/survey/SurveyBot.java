package com.wuyebot.bot.survey;

import com.wuyebot.bot.testsupport.RunningBot;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.TestPropertySource;

/**
 * The bot with surveys that go out at once (no delay, no quiet hours; their timing is
 * SurveyTimingTest's) and a template for residents outside the chat window. One application for
 * every test class of this feature.
 */
@TestPropertySource(properties = {
    // a trigger scheduled inside a transaction is seen at the scheduler's next look, not at once
    "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
    "bot.survey.delay=0s",
    "bot.survey.quiet-from=00:00",
    "bot.survey.quiet-until=00:00",
    "bot.survey.public-url=https://wuye.example.com",
    "bot.survey.link-secret=survey-it-secret",
    "bot.messenger.templates.survey.template-id=" + SurveyBot.TEMPLATE_ID,
    "bot.messenger.templates.survey.keywords.number=character_string1",
    "bot.messenger.templates.survey.keywords.title=thing2",
    "bot.messenger.templates.appointment.template-id=" + SurveyBot.APPOINTMENT_TEMPLATE_ID,
    "bot.messenger.templates.appointment.keywords.number=character_string1",
    "bot.messenger.templates.appointment.keywords.time=time2"})
abstract class SurveyBot extends RunningBot {

  static final String TEMPLATE_ID = "tpl-survey-0001";
  static final String APPOINTMENT_TEMPLATE_ID = "tpl-appointment-0001";

  @BeforeAll
  static void templates() {
    api().template(TEMPLATE_ID, APPOINTMENT_TEMPLATE_ID);
  }
}
