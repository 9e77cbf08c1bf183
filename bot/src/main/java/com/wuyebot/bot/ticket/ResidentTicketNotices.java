package com.wuyebot.bot.ticket;

import com.wuyebot.bot.messaging.ResidentMessage;
import com.wuyebot.bot.messaging.ResidentMessenger;
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
  private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> new Thread(task, "ticket-notices"));

  ResidentTicketNotices(ResidentMessenger messenger, TicketService tickets) {
    this.messenger = messenger;
    this.tickets = tickets;
  }

  @TransactionalEventListener
  void onAssigned(TicketAssigned assigned) {
    if (assigned.openId() == null || !concernsTheResident(assigned.number())) {
      return;
    }
    String who = assigned.teamName() + "的" + assigned.staffName();
    String text = isComplaint(assigned.number())
        ? "您的投诉 %s 已转交%s处理，我们会尽快给您答复。".formatted(assigned.number(), who)
        : "您的报修单 %s 已派给%s，师傅会尽快和您约定上门时间。".formatted(assigned.number(), who);
    send(assigned.appId(), assigned.openId(), "ticket:%s:assigned:%d".formatted(assigned.number(), assigned.staffId()), text,
        Map.of("number", assigned.number(), "status", "已派单", "handler", assigned.staffName()));
  }

  @TransactionalEventListener
  void onResolved(TicketResolved resolved) {
    if (resolved.openId() == null || !concernsTheResident(resolved.number())) {
      return;
    }
    sender.execute(() -> {
      // a reopened and again resolved ticket deserves a second notice: the time tells them apart
      long resolvedAt = tickets.get(resolved.number()).resolvedAt().toEpochMilli();
      String what = resolved.note() == null || resolved.note().isBlank() ? "" : "处理情况：" + resolved.note() + "。";
      String text = "您的%s %s 已处理完成。%s如仍有问题，直接回复告诉我们即可。"
          .formatted(isComplaint(resolved.number()) ? "投诉" : "报修单", resolved.number(), what);
      deliver(ResidentMessage.of(resolved.appId(), resolved.openId(), "ticket:%s:resolved:%d".formatted(resolved.number(), resolvedAt),
          text, new ResidentMessage.Template(TEMPLATE_KIND, Map.of("number", resolved.number(), "status", "已完成"))));
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
