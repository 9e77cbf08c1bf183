package com.wuyebot.bot.ticket.sla;

import java.time.Instant;

/**
 * A warning or breach of a ticket's SLA was recorded for the first time; {@link SlaAlerts} tells staff.
 *
 * @param recipientStaffId  the assignee (warning) or the team's supervisor (breach); null if none
 */
public record SlaNoticeRecorded(String ticketNumber, Target target, Kind kind, Instant due, Long recipientStaffId) {

  public enum Target { RESPONSE, RESOLUTION }

  public enum Kind { WARNING, BREACH }
}
