package com.wuyebot.bot.ticket.sla;

import com.wuyebot.bot.ticket.StaffNotice;
import com.wuyebot.bot.ticket.StaffNotifier;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketProperties;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketWords;
import com.wuyebot.bot.ticket.sla.SlaNoticeRecorded.Kind;
import com.wuyebot.bot.ticket.sla.SlaNoticeRecorded.Target;
import com.wuyebot.bot.wording.Wording;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each SLA notice the moment {@link SlaWatch} records it: a warning to the assignee, a breach
 * to the team's supervisor, both also to the team's WeCom group. The purpose repeats the notice's
 * unique key, so the notice reaches each recipient once even if this runs again for it.
 */
@Component
class SlaAlerts {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final StaffNotifier notifier;
  private final TicketService tickets;
  private final Wording wording;
  private final TicketProperties properties;

  SlaAlerts(StaffNotifier notifier, TicketService tickets, Wording wording, TicketProperties properties) {
    this.notifier = notifier;
    this.tickets = tickets;
    this.wording = wording;
    this.properties = properties;
  }

  @EventListener
  void onNotice(SlaNoticeRecorded notice) {
    Ticket ticket = tickets.get(notice.ticketNumber());
    Map<String, Object> values = TicketWords.of(ticket, wording);
    values.put("target", wording.text(notice.target() == Target.RESPONSE ? "ticket.staff.target-response"
        : "ticket.staff.target-resolution"));
    values.put("due", LocalDateTime.ofInstant(notice.due(), properties.zone()).format(DUE));
    values.put("assignee", ticket.assignee() != null ? ticket.assignee().name() : wording.text("ticket.staff.nobody"));
    String kind = notice.kind() == Kind.WARNING ? "ticket.staff.sla-warning" : "ticket.staff.sla-breach";
    notifier.notify(new StaffNotice(
        "sla:%s:%s:%s:%d".formatted(ticket.number(), notice.target(), notice.kind(), notice.due().getEpochSecond()),
        ticket.number(), wording.text(kind + "-title"), wording.text(kind, values),
        notice.recipientStaffId() == null ? List.of() : List.of(notice.recipientStaffId()),
        ticket.team() == null ? null : ticket.team().id()));
  }
}
