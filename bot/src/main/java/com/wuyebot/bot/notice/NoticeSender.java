package com.wuyebot.bot.notice;

import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.integration.wechat.outbound.ApiFailure;
import com.wuyebot.integration.wechat.outbound.TemplateMessage;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends claimed deliveries to WeChat and says what became of each (PROTOCOL.md §6): accepted, tried again
 * later (busy, minute quota, network; the daily quota after Beijing midnight), or given up for good
 * (unfollowed, invalid openid, refused, configuration). Every template carries client_msg_id
 * {@code notice-<id>}, so WeChat drops a repeat to the same resident within 10 minutes.
 */
@Component
class NoticeSender {

  private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
  private static final int DUPLICATE_MASS_JOB = 45065;
  private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final WechatGateway gateway;
  private final SendRate rate;
  private final NoticeMessages messages;
  private final NoticeLinks links;
  private final NoticeProperties properties;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  NoticeSender(WechatGateway gateway, SendRate rate, NoticeMessages messages, NoticeLinks links,
      NoticeProperties properties, Pseudonyms pseudonyms, Clock clock) {
    this.gateway = gateway;
    this.rate = rate;
    this.messages = messages;
    this.links = links;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  /**
   * Sends the batch while {@code running}; deliveries not attempted when it turns false (the instance stops) are
   * handed back as due now, so that another sender takes them without waiting for the lease.
   */
  List<DeliveryOutcome> send(List<ClaimedDelivery> batch, Function<Long, Notice> notices, BooleanSupplier running) {
    List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
    Map<String, List<ClaimedDelivery>> massJobs = new LinkedHashMap<>();
    for (ClaimedDelivery delivery : batch) {
      Notice notice = notices.apply(delivery.noticeId());
      if (notice.channel() == NoticeChannel.MASS) {
        massJobs.computeIfAbsent(delivery.noticeId() + "/" + delivery.firstClaim(), k -> new ArrayList<>()).add(delivery);
      }
    }
    for (List<ClaimedDelivery> job : massJobs.values()) {
      if (job.size() >= 2 && running.getAsBoolean()) {
        outcomes.addAll(sendMass(notices.apply(job.get(0).noticeId()), job));
      }
    }
    Set<Long> done = new HashSet<>();
    outcomes.forEach(o -> done.add(o.delivery().id()));
    for (ClaimedDelivery delivery : batch) {
      if (done.contains(delivery.id())) {
        continue;
      }
      if (!running.getAsBoolean()) {
        outcomes.add(DeliveryOutcome.retry(delivery, null, null, null, clock.instant()));
        continue;
      }
      try {
        rate.acquire(delivery.appId());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcomes.add(DeliveryOutcome.retry(delivery, null, null, null, clock.instant()));
        continue;
      }
      outcomes.add(sendTemplate(notices.apply(delivery.noticeId()), delivery));
    }
    return outcomes;
  }

  /**
   * The notice as its residents will get it, to one follower, outside the delivery records; returns the msgid. A
   * sign-up link stands for a delivery record, so a preview of an activity opens the configured page instead.
   */
  long preview(Notice notice, String openId) {
    String templateId = properties.template().templateId();
    if (notice.channel() == NoticeChannel.MASS) {
      gateway.sendText(notice.appId(), openId, messages.text(notice));
      return 0;
    }
    if (templateId == null || templateId.isBlank()) {
      throw new WechatApiException("template", 40037, "no notice template configured (bot.notice.template.template-id)", null);
    }
    return gateway.sendTemplate(notice.appId(), template(notice, openId, configuredUrl(), null));
  }

  private DeliveryOutcome sendTemplate(Notice notice, ClaimedDelivery delivery) {
    String templateId = properties.template().templateId();
    if (templateId == null || templateId.isBlank()) {
      return DeliveryOutcome.failed(delivery, NoticeChannel.TEMPLATE, null, "CONFIGURATION");
    }
    try {
      long msgId = gateway.sendTemplate(delivery.appId(),
          template(notice, delivery.openId(), url(notice, delivery), "notice-" + notice.id()));
      return DeliveryOutcome.sent(delivery, NoticeChannel.TEMPLATE, msgId);
    } catch (WechatApiException e) {
      return failed(delivery, NoticeChannel.TEMPLATE, e.errorCode(), e.failure());
    } catch (IllegalArgumentException e) {
      // no account with this appId: an operator must act
      return DeliveryOutcome.failed(delivery, NoticeChannel.TEMPLATE, null, "CONFIGURATION");
    } catch (RuntimeException e) {
      log.warn("Notice {} to resident {} failed unexpectedly; tried again later", notice.id(),
          pseudonyms.of(delivery.openId()), e);
      return failed(delivery, NoticeChannel.TEMPLATE, null, ApiFailure.RETRYABLE);
    }
  }

  private List<DeliveryOutcome> sendMass(Notice notice, List<ClaimedDelivery> job) {
    String clientMsgId = "notice-" + notice.id() + "-" + job.get(0).firstClaim();
    List<String> openIds = job.stream().map(ClaimedDelivery::openId).toList();
    try {
      rate.acquire(notice.appId());
      long msgId = gateway.sendMassText(notice.appId(), openIds, messages.text(notice), clientMsgId);
      log.info("Notice {}: mass job {} accepted for {} residents", notice.id(), msgId, job.size());
      return job.stream().map(d -> DeliveryOutcome.sent(d, NoticeChannel.MASS, msgId)).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return job.stream().map(d -> DeliveryOutcome.retry(d, null, null, null, clock.instant())).toList();
    } catch (WechatApiException e) {
      if (e.errorCode() == DUPLICATE_MASS_JOB) {
        // this job was submitted before the instance that sent it stopped: WeChat has it
        log.info("Notice {}: mass job {} was accepted before a restart", notice.id(), clientMsgId);
        return job.stream().map(d -> new DeliveryOutcome(d, DeliveryStatus.SENT, NoticeChannel.MASS, null, null, null, null))
            .toList();
      }
      if (e.failure() == ApiFailure.RETRYABLE) {
        return job.stream().map(d -> failed(d, NoticeChannel.MASS, e.errorCode(), e.failure())).toList();
      }
      log.warn("Notice {}: mass send refused with errcode {}; sent as template messages instead", notice.id(), e.errorCode());
      return List.of();
    }
  }

  private TemplateMessage template(Notice notice, String openId, String url, String clientMsgId) {
    return new TemplateMessage(openId, properties.template().templateId(), url, messages.templateData(notice), clientMsgId);
  }

  /** An activity with sign-up opens the resident's own sign-up page; other notices the configured page, if any. */
  private String url(Notice notice, ClaimedDelivery delivery) {
    return notice.signUp() ? links.urlFor(notice, delivery.id(), delivery.appId(), delivery.openId()) : configuredUrl();
  }

  private String configuredUrl() {
    String url = properties.template().url();
    return url == null || url.isBlank() ? null : url;
  }

  private DeliveryOutcome failed(ClaimedDelivery delivery, NoticeChannel channel, Integer errorCode, ApiFailure failure) {
    Instant now = clock.instant();
    return switch (failure) {
      case RETRYABLE -> delivery.attempts() >= properties.maxAttempts()
          ? DeliveryOutcome.failed(delivery, channel, errorCode, "TRANSIENT")
          : DeliveryOutcome.retry(delivery, channel, errorCode, "TRANSIENT", now.plus(backoff(delivery.attempts())));
      case QUOTA_EXHAUSTED -> DeliveryOutcome.retry(delivery, channel, errorCode, "QUOTA", afterMidnight(now));
      default -> DeliveryOutcome.failed(delivery, channel, errorCode, reason(errorCode, failure));
    };
  }

  private Duration backoff(int attempts) {
    Duration delay = properties.retryFirstDelay().multipliedBy(1L << Math.max(0, Math.min(attempts - 1, 20)));
    return delay.compareTo(properties.retryMaxDelay()) > 0 ? properties.retryMaxDelay() : delay;
  }

  /** WeChat's quotas reset at midnight Beijing time. */
  private static Instant afterMidnight(Instant now) {
    return LocalDate.ofInstant(now, BEIJING).plusDays(1).atStartOfDay(BEIJING).toInstant().plus(AFTER_MIDNIGHT);
  }

  static String reason(Integer errorCode, ApiFailure failure) {
    return switch (errorCode == null ? 0 : errorCode) {
      case 43004 -> "UNSUBSCRIBED";
      case 40003 -> "INVALID_OPENID";
      case 43101 -> "REFUSED";
      default -> failure == ApiFailure.RECIPIENT_UNREACHABLE ? "UNREACHABLE" : failure.name();
    };
  }
}
