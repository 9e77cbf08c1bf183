package com.wuyebot.bot.conversation;

import com.wuyebot.integration.wechat.outbound.ApiFailure;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos residents sent for their tickets, downloaded from WeChat after the reply (never in the
 * webhook thread) into {@code bot.conversation.photo-directory}/{ticket}/{row id}.{ext}. The rows
 * are the schedule: a failed download is retried with a doubling wait, an instance that stopped
 * mid-way leaves its claim to expire, and the ticket itself never depends on the download.
 */
@Service
class TicketPhotos implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TicketPhotos.class);
  private static final int BATCH = 20;
  private static final Duration CLAIM = Duration.ofMinutes(2);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private final TicketPhotoRepository photos;
  private final WechatGateway gateway;
  private final ConversationProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private volatile ScheduledExecutorService poller;

  TicketPhotos(TicketPhotoRepository photos, WechatGateway gateway, ConversationProperties properties, Clock clock,
      PlatformTransactionManager transactions) {
    this.photos = photos;
    this.gateway = gateway;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Schedules the downloads; a media id already scheduled for the ticket (a retried message) is skipped. */
  void schedule(String ticketNumber, String appId, List<String> mediaIds) {
    for (String mediaId : mediaIds) {
      if (mediaId == null || mediaId.isBlank() || photos.existsByTicketNumberAndMediaId(ticketNumber, mediaId)) {
        continue;
      }
      try {
        photos.saveAndFlush(new TicketPhoto(ticketNumber, appId, mediaId, clock.instant()));
      } catch (DataIntegrityViolationException e) {
        log.debug("Photo of ticket {} scheduled at the same time elsewhere", ticketNumber);
      }
    }
  }

  /**
   * On a thread of its own rather than the shared scheduler, so slow work of other features never
   * holds residents' photos back (WeChat keeps media only three days).
   */
  @Override
  public void start() {
    poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "ticket-photos");
      thread.setDaemon(true);
      return thread;
    });
    long every = properties.photoPoll().toMillis();
    poller.scheduleWithFixedDelay(this::downloadDueSafely, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public boolean isRunning() {
    return poller != null;
  }

  private void downloadDueSafely() {
    try {
      downloadDue();
    } catch (RuntimeException e) {
      log.error("Photo downloads failed this round; the next poll tries again", e);
    }
  }

  void downloadDue() {
    Instant now = clock.instant();
    for (TicketPhotoRepository.Due due : photos.findDue(now, PageRequest.of(0, BATCH))) {
      Integer claimed = transaction.execute(s -> photos.claim(due.id(), due.version(), now, now.plus(CLAIM)));
      if (claimed != null && claimed == 1) {
        download(due.id());
      }
    }
  }

  private void download(long id) {
    TicketPhoto photo = photos.findById(id).orElseThrow();
    try {
      byte[] bytes = gateway.downloadMedia(photo.appId(), photo.mediaId());
      Path file = write(photo, bytes);
      photo.stored(file.toString());
      log.info("Photo {} of ticket {} stored ({} bytes)", id, photo.ticketNumber(), bytes.length);
    } catch (WechatApiException e) {
      boolean retry = e.failure() == ApiFailure.RETRYABLE || e.failure() == ApiFailure.QUOTA_EXHAUSTED;
      giveUpOrRetry(photo, e.errorCode(), retry);
    } catch (IOException | RuntimeException e) {
      log.warn("Photo {} of ticket {} not stored: {}", id, photo.ticketNumber(), e.toString());
      giveUpOrRetry(photo, null, true);
    }
    transaction.executeWithoutResult(s -> photos.save(photo));
  }

  private void giveUpOrRetry(TicketPhoto photo, Integer code, boolean retry) {
    boolean more = retry && photo.attempts() + 1 < properties.photoAttempts();
    Instant next = more ? clock.instant().plus(FIRST_RETRY.multipliedBy(1L << Math.min(photo.attempts(), 10))) : null;
    photo.failed(code, next);
    if (next == null) {
      log.warn("Photo {} of ticket {} given up after {} attempts (errcode {})", photo.id(), photo.ticketNumber(),
          photo.attempts(), code);
    } else {
      log.info("Photo {} of ticket {} retried at {} (errcode {})", photo.id(), photo.ticketNumber(), next, code);
    }
  }

  private Path write(TicketPhoto photo, byte[] bytes) throws IOException {
    Path directory = properties.photoDirectory().resolve(photo.ticketNumber().replaceAll("[^A-Za-z0-9-]", "_"));
    Files.createDirectories(directory);
    Path file = directory.resolve(photo.id() + extension(bytes));
    Path partial = directory.resolve(photo.id() + ".part");
    Files.write(partial, bytes);
    return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String extension(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return ".png";
    }
    if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
      return ".gif";
    }
    return ".jpg";
  }
}
