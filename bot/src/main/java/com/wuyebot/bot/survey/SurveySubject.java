package com.wuyebot.bot.survey;

import com.wuyebot.bot.ticket.Ticket;
import java.time.Instant;

/** What a survey needs to know of its ticket, read once when the ticket is resolved. */
record SurveySubject(String number, String appId, String openId, String category, String community, Long teamId,
    String teamName, Long staffId, String staffName, Instant resolvedAt) {

  static SurveySubject of(Ticket ticket) {
    return new SurveySubject(ticket.number(), ticket.appId(), ticket.openId(), ticket.category(), ticket.community(),
        ticket.team() == null ? null : ticket.team().id(), ticket.team() == null ? null : ticket.team().name(),
        ticket.assignee() == null ? null : ticket.assignee().id(), ticket.assignee() == null ? null : ticket.assignee().name(),
        ticket.resolvedAt());
  }
}
