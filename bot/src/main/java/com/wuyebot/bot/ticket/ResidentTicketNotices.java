package com.wuyebot.bot.ticket;

import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
import com.wuyebot.bot.wording.Wording;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells residents the steps of their tickets that matter to them: who took it, and that the work
 * is done. Sent after the change commits and off the caller's thread, so neither an API call nor
 * a resident's chat waits for WeChat; the messenger records, deduplicates and retries each notice.
 */
@Component
class ResidentTicketNotices {

  static final String TEMPLATE_KIND = "ticket-progress";
  private static final Logger log = LoggerFactory.getLogger(ResidentTicketNotices.class);

  private final ResidentMessenger messenger;
  private final TicketService tickets;
  private final Wording wording;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "ticket-notices"));

  ResidentTicketNotices(ResidentMessenger messenger, TicketService tickets, Wording wording) {
    this.messenger = messenger;
    this.tickets = tickets;
    this.wording = wording;
  }

  @TransactionalEventListener
  void onAssigned(TicketAssigned assigned) {
    if (assigned.openId() == null || !concernsTheResident(assigned.number())) {
      return;
    }
    String text = wording.text(isComplaint(assigned.number()) ? "ticket.resident.assigned-complaint" : "ticket.resident.assigned-repair",
        "number", assigned.number(), "team", assigned.teamName(), "staff", assigned.staffName());
    send(assigned.appId(), assigned.openId(), "ticket:%s:assigned:%d".formatted(assigned.number(), assigned.staffId()), text,
        Map.of("number", assigned.number(), "status", wording.text("ticket.resident.status-assigned"), "handler", assigned.staffName()));
  }

  @TransactionalEventListener
  void onResolved(TicketResolved resolved) {
    if (resolved.openId() == null || !concernsTheResident(resolved.number())) {
      return;
    }
    sender.execute(() -> {
      // a reopened and again resolved ticket deserves a second notice: the time tells them apart
      long resolvedAt = tickets.get(resolved.number()).resolvedAt().toEpochMilli();
      String note = resolved.note() == null || resolved.note().isBlank() ? ""
          : wording.text("ticket.resident.resolution-note", "note", resolved.note().strip());
      String text = wording.text(isComplaint(resolved.number()) ? "ticket.resident.resolved-complaint" : "ticket.resident.resolved-repair",
          "number", resolved.number(), "note", note);
      deliver(ResidentMessage.of(resolved.appId(), resolved.openId(), "ticket:%s:resolved:%d".formatted(resolved.number(), resolvedAt),
          text, new ResidentMessage.Template(TEMPLATE_KIND, Map.of("number", resolved.number(), "status", wording.text("ticket.resident.status-resolved")))));
    });
  }

  private void send(String appId, String openId, String purpose, String text, Map<String, String> templateData) {
    sender.execute(() -> deliver(ResidentMessage.of(appId, openId, purpose, text,
        new ResidentMessage.Template(TEMPLATE_KIND, templateData))));
  }

  private void deliver(ResidentMessage message) {
    try {
      messenger.send(message);
    } catch (RuntimeException e) {
      log.error("Could not hand notice {} to the messenger", message.purpose(), e);
    }
  }

  /** Repairs and complaints are followed up; suggestions and praise were thanked for in the chat. */
  private static boolean concernsTheResident(String number) {
    return number.startsWith(TicketType.REPAIR.prefix()) || isComplaint(number);
  }

  private static boolean isComplaint(String number) {
    return number.startsWith(TicketType.COMPLAINT.prefix());
  }

  @PreDestroy
  void finishPending() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(10, TimeUnit.SECONDS);
  }
}
