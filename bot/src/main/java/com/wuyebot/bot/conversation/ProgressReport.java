package com.wuyebot.bot.conversation;

import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.sla.Deadline;
import com.wuyebot.bot.ticket.sla.SlaStatus;
import com.wuyebot.bot.ticket.sla.TicketDeadlines;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报修进度: the resident's open tickets with status, who has it and when it should be done — the
 * time the resident asked for, else the SLA's resolution deadline.
 */
@Component
class ProgressReport {

  private static final Logger log = LoggerFactory.getLogger(ProgressReport.class);
  static final int MAX_LISTED = 5;

  private final TicketService tickets;
  private final TicketDeadlines deadlines;
  private final ResidentReplies replies;
  private final TicketProperties ticketSettings;
  private final TransactionTemplate transaction;

  ProgressReport(TicketService tickets, TicketDeadlines deadlines, ResidentReplies replies, TicketProperties ticketSettings,
      PlatformTransactionManager transactions) {
    this.tickets = tickets;
    this.deadlines = deadlines;
    this.replies = replies;
    this.ticketSettings = ticketSettings;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setReadOnly(true);
  }

  String of(String appId, String openId) {
    DateTimeFormatter format = format();
    List<String> lines = transaction.execute(status -> tickets.ofResident(appId, openId).stream()
        .filter(ticket -> !ticket.status().isFinal())
        .limit(MAX_LISTED)
        .map(ticket -> replies.ticketLine(ticket.number(), ticket.type(), ticket.status(),
            ticket.assignee() == null ? null : ticket.assignee().name(), format.format(ticket.createdAt()),
            ticket.preferredTime(), dueBy(ticket, format)))
        .toList());
    return lines == null || lines.isEmpty() ? replies.noOpenTickets() : replies.openTickets(lines);
  }

  /** M月d日 HH:mm in the company's zone; the pattern is wording, so it can be changed with the sentences. */
  DateTimeFormatter format() {
    String pattern = replies.text("format.dateTime");
    try {
      return DateTimeFormatter.ofPattern(pattern).withZone(ticketSettings.zone());
    } catch (IllegalArgumentException e) {
      log.warn("Wording conversation.format.dateTime is not a date pattern; using MM-dd HH:mm");
      return DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ticketSettings.zone());
    }
  }

  private String dueBy(Ticket ticket, DateTimeFormatter format) {
    try {
      Instant due = deadlines.of(ticket).map(SlaStatus::resolution).filter(d -> !d.isMet()).map(Deadline::due).orElse(null);
      return due == null ? null : format.format(due);
    } catch (RuntimeException e) {
      // no SLA target for this category: the line goes without an expected time
      log.debug("No deadline for ticket {}: {}", ticket.number(), e.toString());
      return null;
    }
  }
}
