package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.Pseudonyms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices from draft to sent: compose, edit, preview, schedule or send now, cancel before sending, and what
 * came of it. Starting to send fixes the audience: one delivery record per targeted resident, in the same
 * transaction as the notice's change to SENDING, so a notice is started once however often it is asked to.
 */
@Service
public class NoticeService {

  private static final Logger log = LoggerFactory.getLogger(NoticeService.class);
  /** A trigger firing this much before its notice's time belongs to an earlier schedule. */
  private static final Duration EARLY_FIRING = Duration.ofSeconds(5);
  /** A scheduled notice this late has lost its trigger; the sweep starts it. */
  private static final Duration OVERDUE = Duration.ofMinutes(2);
  private static final Duration REPORTS_KEPT = Duration.ofDays(7);

  private final NoticeRepository notices;
  private final DeliveryStore deliveries;
  private final NoticeAudience audience;
  private final NoticeScheduler scheduler;
  private final DeliveryWorkers workers;
  private final NoticeSender sender;
  private final ActivitySignups signups;
  private final MassReports massReports;
  private final NoticeProperties properties;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final TransactionTemplate transaction;

  NoticeService(NoticeRepository notices, DeliveryStore deliveries, NoticeAudience audience, NoticeScheduler scheduler,
      DeliveryWorkers workers, NoticeSender sender, ActivitySignups signups, MassReports massReports,
      NoticeProperties properties, Pseudonyms pseudonyms, Clock clock, PlatformTransactionManager transactions) {
    this.notices = notices;
    this.deliveries = deliveries;
    this.audience = audience;
    this.scheduler = scheduler;
    this.workers = workers;
    this.sender = sender;
    this.signups = signups;
    this.massReports = massReports;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A notice as stored, with warnings about the moment it goes out. */
  public record Changed(Notice notice, List<NoticeWarning> warnings) {
  }

  public Notice create(NoticeDraft draft, String by) {
    return transaction.execute(s -> notices.save(new Notice(draft, by, clock.instant())));
  }

  public Notice edit(long id, NoticeDraft draft) {
    return transaction.execute(s -> {
      Notice notice = find(id);
      notice.edit(draft, clock.instant());
      return notices.saveAndFlush(notice);
    });
  }

  public Notice get(long id) {
    return find(id);
  }

  public Page<Notice> list(NoticeStatus status, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 100), Sort.by(Sort.Direction.DESC, "id"));
    return status == null ? notices.findAll(request) : notices.findByStatus(status, request);
  }

  /** Sends at {@code at} (again, when already scheduled); a time in the past is refused, send now instead. */
  public Changed schedule(long id, Instant at) {
    if (at == null || !at.isAfter(clock.instant())) {
      throw new InvalidNoticeException("sendAt must be in the future; to send now use /send");
    }
    Notice scheduled = transaction.execute(s -> {
      Notice notice = find(id);
      notice.schedule(at, clock.instant());
      notices.saveAndFlush(notice);
      scheduler.schedule(id, at);
      return notice;
    });
    log.info("Notice {} scheduled for {}", id, at);
    return new Changed(scheduled, warnings(at));
  }

  public Notice cancel(long id) {
    return transaction.execute(s -> {
      Notice notice = find(id);
      notice.cancel(clock.instant());
      notices.saveAndFlush(notice);
      scheduler.unschedule(id);
      return notice;
    });
  }

  /** Starts sending now; a notice already being sent is returned as it is. */
  public Changed sendNow(long id) {
    Instant now = clock.instant();
    Notice notice = find(id);
    if (notice.isOut()) {
      return new Changed(notice, List.of());
    }
    return new Changed(start(id).orElseGet(() -> find(id)), warnings(now));
  }

  /** The notice as residents will get it, to one follower (a manager's own openid) before it goes out. */
  public long preview(long id, String openId) {
    if (openId == null || openId.isBlank()) {
      throw new InvalidNoticeException("openId is required");
    }
    Notice notice = find(id);
    long msgId = sender.preview(notice, openId.strip());
    log.info("Notice {} previewed to {}", id, pseudonyms.of(openId));
    return msgId;
  }

  public NoticeStatistics statistics(long id) {
    Notice notice = find(id);
    return NoticeStatistics.of(notice, deliveries.counts(id), signups.counts(id), massReports.of(notice));
  }

  public List<NoticeDelivery> deliveries(long id, DeliveryStatus status, int page, int size) {
    find(id);
    return deliveries.page(id, status, Math.max(0, page), Math.min(Math.max(1, size), 500));
  }

  /** The number of followers the target selects now, for a manager composing a notice. */
  public int audienceSize(String appId, Target target) {
    if (appId == null || appId.isBlank() || target == null || !target.selectsSomething()) {
      throw new InvalidNoticeException("appId and a target that selects something are required");
    }
    return audience.recipients(appId, target).size();
  }

  /** The scheduled time has come (Quartz). */
  void startScheduled(long id) {
    Optional<Notice> notice = notices.findById(id);
    if (notice.isEmpty() || notice.get().status() != NoticeStatus.SCHEDULED
        || notice.get().sendAt().isAfter(clock.instant().plus(EARLY_FIRING))) {
      log.debug("Notice {} is no longer due at this firing", id);
      return;
    }
    try {
      start(id);
    } catch (NoticeConflictException e) {
      log.info("Notice {} was cancelled or started while its time came", id);
    }
  }

  /** Delivery reports older than WeChat sends them are of no more use. */
  void forgetOldReports() {
    deliveries.forgetReportsBefore(clock.instant().minus(REPORTS_KEPT));
  }

  /** Scheduled notices whose trigger did not fire (lost with a database restore, say). */
  void startOverdue() {
    for (Notice notice : notices.findScheduledBefore(clock.instant().minus(OVERDUE))) {
      log.warn("Notice {} was due at {} and had not started; starting it now", notice.id(), notice.sendAt());
      startScheduled(notice.id());
    }
  }

  private Optional<Notice> start(long id) {
    try {
      Notice started = transaction.execute(s -> {
        Notice notice = find(id);
        Instant now = clock.instant();
        List<String> recipients = audience.recipients(notice.appId(), notice.target());
        notice.startSending(recipients.size(), now);
        notices.saveAndFlush(notice);
        deliveries.create(id, notice.appId(), notice.channel(), recipients, now);
        if (notice.sendAt() != null && notice.sendAt().isAfter(now)) {
          scheduler.unschedule(id);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            workers.wake();
          }
        });
        return notice;
      });
      log.info("Notice {} started: {} residents targeted", id, started.targeted());
      return Optional.of(started);
    } catch (ObjectOptimisticLockingFailureException e) {
      log.info("Notice {} was started at the same moment elsewhere", id);
      return Optional.empty();
    }
  }

  private List<NoticeWarning> warnings(Instant at) {
    QuietHours quiet = QuietHours.of(properties);
    if (!quiet.contains(at)) {
      return List.of();
    }
    return List.of(new NoticeWarning("QUIET_HOURS", "Residents get this between " + properties.quietFrom() + " and "
        + properties.quietUntil() + " (" + properties.zone() + "), when many are asleep"));
  }

  private Notice find(long id) {
    return notices.findById(id).orElseThrow(() -> new NoticeNotFoundException(id));
  }
}
