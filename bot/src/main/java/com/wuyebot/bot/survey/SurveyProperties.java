package com.wuyebot.bot.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Satisfaction surveys (回访) and appointment reminders.
 *
 * @param delay          how long after resolution the survey goes out
 * @param quietFrom      from this time of day (ticket zone) nothing goes out ...
 * @param quietUntil     ... until this time the next morning; equal to quietFrom for no quiet hours
 * @param remindAfter    one reminder this long after an unanswered survey; zero for none
 * @param closeAfter     a resolved ticket without an answer is closed as not rated this long after resolution
 * @param commentWindow  after a score in the chat, the next message within this time is the comment
 * @param linkSecret     HMAC key of the links to the survey page; the same on every instance
 * @param linkValidity   how long a survey link works
 * @param publicUrl      the bot's address as residents' phones reach it, for survey links
 * @param templateKind   the messenger's template kind for surveys outside the chat window
 * @param appointmentRemindBefore how long before a chosen visit time resident and assignee are reminded
 * @param appointmentTemplateKind the messenger's template kind for appointment reminders
 */
@Validated
@ConfigurationProperties("bot.survey")
public record SurveyProperties(
    @NotNull @DefaultValue("2h") Duration delay,
    @NotNull @DefaultValue("21:00") LocalTime quietFrom,
    @NotNull @DefaultValue("08:00") LocalTime quietUntil,
    @NotNull @DefaultValue("24h") Duration remindAfter,
    @NotNull @DefaultValue("3d") Duration closeAfter,
    @NotNull @DefaultValue("10m") Duration commentWindow,
    @NotBlank @DefaultValue("change-me-in-production") String linkSecret,
    @NotNull @DefaultValue("4d") Duration linkValidity,
    @NotBlank @DefaultValue("http://127.0.0.1:8080") String publicUrl,
    @NotBlank @DefaultValue("survey") String templateKind,
    @NotNull @DefaultValue("1h") Duration appointmentRemindBefore,
    @NotBlank @DefaultValue("appointment") String appointmentTemplateKind) {
}
