package com.wuyebot.bot.survey.web;

import com.wuyebot.bot.survey.Appointment;
import com.wuyebot.bot.survey.AppointmentNotFoundException;
import com.wuyebot.bot.survey.AppointmentReminders;
import com.wuyebot.bot.survey.Survey;
import com.wuyebot.bot.survey.SurveyAlert;
import com.wuyebot.bot.survey.SurveyAlerts;
import com.wuyebot.bot.survey.SurveyStats;
import com.wuyebot.bot.survey.SurveyService;
import com.wuyebot.bot.shared.NotFoundException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction figures, one ticket's survey, low scores to call back, and the visit time of a ticket with its reminder. */
@RestController
class SurveyApiController {

  private final SurveyStats stats;
  private final SurveyService surveys;
  private final AppointmentReminders appointments;
  private final SurveyAlerts alerts;

  SurveyApiController(SurveyStats stats, SurveyService surveys, AppointmentReminders appointments, SurveyAlerts alerts) {
    this.alerts = alerts;
    this.stats = stats;
    this.surveys = surveys;
    this.appointments = appointments;
  }

  @GetMapping("/api/surveys/stats")
  List<SurveyStats.Row> stats(@RequestParam String groupBy,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return stats.compute(SurveyStats.GroupBy.parse(groupBy), from, to);
  }

  @GetMapping("/api/surveys/tickets/{number}")
  SurveyResponse ofTicket(@PathVariable String number) {
    return surveys.ofTicket(number).map(SurveyResponse::of).orElseThrow(() -> new NoSurveyException(number));
  }

  /** Low scores nobody has called back yet, oldest first. */
  @GetMapping("/api/surveys/alerts")
  List<AlertResponse> openAlerts() {
    return alerts.open().stream().map(AlertResponse::of).toList();
  }

  @PostMapping("/api/surveys/alerts/{id}/handled")
  AlertResponse handled(@PathVariable long id, Principal who) {
    return AlertResponse.of(alerts.handled(id, who.getName()));
  }

  @GetMapping("/api/appointments/{number}")
  AppointmentResponse appointment(@PathVariable String number) {
    return appointments.ofTicket(number).map(AppointmentResponse::of)
        .orElseThrow(() -> new AppointmentNotFoundException(number));
  }

  @PutMapping("/api/appointments/{number}")
  AppointmentResponse reschedule(@PathVariable String number, @RequestBody AppointmentRequest request) {
    return AppointmentResponse.of(appointments.reschedule(number, request.time(), request.at()));
  }

  /** {@code time} as a resident would say it (明天下午3点), or {@code at} as an ISO instant. */
  record AppointmentRequest(String time, Instant at) {
  }

  record SurveyResponse(long id, String ticketNumber, String status, String category, String teamName, String staffName,
      Instant resolvedAt, Instant askAt, Instant askedAt, String askedChannel, Instant remindedAt, Integer score,
      String comment, Instant answeredAt, String answeredVia) {

    static SurveyResponse of(Survey s) {
      return new SurveyResponse(s.id(), s.ticketNumber(), s.status().name(), s.category(), s.teamName(), s.staffName(),
          s.resolvedAt(), s.askAt(), s.askedAt(), s.askedChannel() == null ? null : s.askedChannel().name(),
          s.remindedAt(), s.score(), s.comment(), s.answeredAt(), s.answeredVia() == null ? null : s.answeredVia().name());
    }
  }

  record AlertResponse(long id, String ticketNumber, int score, String comment, String followUp, Long supervisorId,
      Instant createdAt, Instant handledAt, String handledBy) {

    static AlertResponse of(SurveyAlert a) {
      return new AlertResponse(a.id(), a.ticketNumber(), a.score(), a.comment(), a.followUp().name(), a.supervisorId(),
          a.createdAt(), a.handledAt(), a.handledBy());
    }
  }

  record AppointmentResponse(String ticketNumber, String time, Instant visitAt, Instant remindAt, String status,
      Long staffId, Instant residentRemindedAt, Instant staffRemindedAt) {

    static AppointmentResponse of(Appointment a) {
      return new AppointmentResponse(a.ticketNumber(), a.said(), a.visitAt(), a.remindAt(), a.status().name(), a.staffId(),
          a.residentRemindedAt(), a.staffRemindedAt());
    }
  }

  static class NoSurveyException extends NotFoundException {
    NoSurveyException(String number) {
      super("No survey for ticket " + number);
    }
  }
}
