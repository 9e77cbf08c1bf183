package com.wuyebot.bot.messaging;

import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.state.StateStoreUnavailableException;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import com.wuyebot.integration.wechat.inbound.MessageType;
import com.wuyebot.integration.wechat.outbound.ApiFailure;
import com.wuyebot.integration.wechat.outbound.TemplateMessage;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way features reach a resident on their own initiative. A customer-service message while
 * the resident's interaction window is open and not used up, otherwise a template message
 * (PROTOCOL.md §5.3, §5.4). Every message is recorded before it is sent, once per purpose and
 * resident; transient failures are retried by {@link OutboundRetryJob}, permanent ones are not.
 *
 * <p>{@link #send} calls WeChat on the caller's thread and uses its own transactions, so call it
 * after the caller's work is committed and off the webhook's reply path.
 */
@Service
public class ResidentMessenger {

  private static final Logger log = LoggerFactory.getLogger(ResidentMessenger.class);
  /** Events after which WeChat allows a few customer-service messages for a minute (PROTOCOL.md §5.3). */
  private static final Set<String> SHORT_WINDOW_EVENTS = Set.of("subscribe", "scan", "click", "scancode_push",
      "scancode_waitmsg");
  private static final String EARLY_REPORT = "messenger:template-report:";
  private static final Duration EARLY_REPORT_TTL = Duration.ofHours(1);

  private final OutboundMessageRepository messages;
  private final InteractionWindows windows;
  private final WechatGateway gateway;
  private final StateStore store;
  private final MessengerProperties properties;
  private final RetryPolicy retries;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final MeterRegistry meters;
  private final ApplicationEventPublisher events;

  ResidentMessenger(OutboundMessageRepository messages, InteractionWindows windows, WechatGateway gateway,
      StateStore store, MessengerProperties properties, Pseudonyms pseudonyms, Clock clock,
      PlatformTransactionManager transactions, MeterRegistry meters, ApplicationEventPublisher events) {
    this.messages = messages;
    this.windows = windows;
    this.gateway = gateway;
    this.store = store;
    this.properties = properties;
    this.retries = RetryPolicy.of(properties);
    this.pseudonyms = pseudonyms;
    this.clock = clock;
    this.meters = meters;
    this.events = events;
    // own transactions: a lost duplicate insert must not mark the caller's transaction rollback-only
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sends the message unless one with the same purpose was already recorded for this resident, and
   * returns the record as it stands after this call: SENT, PENDING (a retry is scheduled) or FAILED.
   */
  public OutboundMessage send(ResidentMessage message) {
    Optional<OutboundMessage> earlier = find(message);
    if (earlier.isPresent()) {
      log.debug("Message {} to resident {} was recorded before; not sent again", message.purpose(),
          pseudonyms.of(message.openId()));
      return earlier.get();
    }
    Instant now = clock.instant();
    OutboundMessage created;
    try {
      created = transaction.execute(s ->
          messages.saveAndFlush(new OutboundMessage(message, now, now.plus(properties.attemptLease()))));
    } catch (DataIntegrityViolationException e) {
      // another thread or instance recorded the same purpose first; it sends, we do not
      return find(message).orElseThrow(() -> e);
    }
    return attempt(created.id());
  }

  /** Every outbound message recorded for this resident, oldest first. */
  public List<OutboundMessage> sentTo(String appId, String openId) {
    return messages.findByAppIdAndOpenIdOrderById(appId, openId);
  }

  public Optional<OutboundMessage> find(String appId, String openId, String purpose) {
    return messages.findByAppIdAndOpenIdAndPurpose(appId, openId, purpose);
  }

  /**
   * Remembers that the resident interacted, which opens the window for customer-service messages:
   * 48 hours after a message, a minute after a follow, menu click or QR scan. Never fails the caller.
   */
  public void residentInteracted(InboundMessage inbound) {
    InteractionWindow.Kind kind = windowKind(inbound);
    if (kind == null || inbound.openId() == null) {
      return;
    }
    Instant at = inbound.createTime() == null ? clock.instant() : inbound.createTime();
    try {
      windows.opened(inbound.appId(), inbound.openId(), kind, at);
    } catch (StateStoreUnavailableException e) {
      // without the store the next send tries customer service and WeChat's 45015 sends it as a template
      log.warn("Interaction window of resident {} not recorded: state store unavailable", pseudonyms.of(inbound.openId()));
    }
  }

  /**
   * When the resident's customer-service window closes, as far as this bot knows; empty when it is
   * closed or the state store cannot tell. The console shows agents what is left of it.
   */
  public Optional<Instant> windowClosesAt(String appId, String openId) {
    try {
      return windows.current(appId, openId, clock.instant()).map(window -> window.closesAt(properties.windowRules()));
    } catch (StateStoreUnavailableException e) {
      return Optional.empty();
    }
  }

  /** TEMPLATESENDJOBFINISH: WeChat tells whether a template message reached the resident. */
  public void templateJobFinished(InboundMessage event) {
    if (event.msgId() == null) {
      return;
    }
    events.publishEvent(new TemplateJobFinished(event.appId(), event.msgId(), event.status()));
    if (applyReport(event.appId(), event.msgId(), event.status())) {
      return;
    }
    // The report can overtake the commit of the msgid it refers to. Whoever comes second sees the other:
    // the report is parked first and looked up again here, the sender looks for it after its commit.
    try {
      store.set(earlyReportKey(event.appId(), event.msgId()), event.status() == null ? "" : event.status(),
          EARLY_REPORT_TTL);
    } catch (StateStoreUnavailableException e) {
      log.warn("Delivery report for template message {} not parked: state store unavailable", event.msgId());
    }
    if (!applyReport(event.appId(), event.msgId(), event.status())) {
      log.debug("Delivery report for template message {} arrived before its record", event.msgId());
    }
  }

  /** MASSSENDJOBFINISH: WeChat tells what became of a mass send job; its sender is WeChat, not a resident. */
  public void massJobFinished(InboundMessage event) {
    if (event.msgId() == null || event.massJob() == null) {
      return;
    }
    InboundMessage.MassJobCounts counts = event.massJob();
    events.publishEvent(new MassJobFinished(event.appId(), event.msgId(), event.status(), counts.totalCount(),
        counts.filterCount(), counts.sentCount(), counts.errorCount()));
  }

  /** One run of the retry job: sends the PENDING messages whose next attempt is due and that this instance claims. */
  int retryDue() {
    Instant now = clock.instant();
    List<OutboundMessageRepository.Due> due = messages.findDue(now, PageRequest.of(0, properties.retryBatch()));
    int attempted = 0;
    for (OutboundMessageRepository.Due candidate : due) {
      Integer claimed = transaction.execute(s ->
          messages.claim(candidate.id(), candidate.version(), now, now.plus(properties.attemptLease())));
      if (claimed != null && claimed == 1) {
        attempt(candidate.id());
        attempted++;
      }
    }
    return attempted;
  }

  private OutboundMessage attempt(Long id) {
    OutboundMessage message = messages.findById(id).orElseThrow();
    Outcome outcome;
    try {
      outcome = deliver(message);
    } catch (IllegalArgumentException e) {
      // the gateway knows no account with this appId: an operator must act, retrying changes nothing
      outcome = Outcome.failed(message.channel(), null, ApiFailure.CONFIGURATION, e.getMessage());
    } catch (RuntimeException e) {
      log.error("Sending message {} failed unexpectedly; it is retried", id, e);
      outcome = Outcome.failed(message.channel(), null, ApiFailure.RETRYABLE, String.valueOf(e.getMessage()));
    }
    Outcome result = outcome;
    OutboundMessage recorded = transaction.execute(s -> record(id, result));
    count(recorded);
    if (recorded.status() == OutboundStatus.SENT && recorded.wechatMsgId() != null) {
      applyEarlyReport(recorded);
    }
    return messages.findById(id).orElse(recorded);
  }

  private Outcome deliver(OutboundMessage message) {
    String appId = message.appId();
    String openId = message.openId();
    if (message.text() != null && takeCustomerServiceSend(appId, openId)) {
      try {
        gateway.sendText(appId, openId, message.text());
        return Outcome.sent(Channel.CUSTOMER_SERVICE, null);
      } catch (WechatApiException e) {
        if (e.failure() != ApiFailure.WINDOW_CLOSED) {
          return Outcome.failed(Channel.CUSTOMER_SERVICE, e);
        }
        log.debug("Window of resident {} closed ({}); sending message {} as a template", pseudonyms.of(openId),
            e.errorCode(), message.id());
        closeWindow(appId, openId);
      }
    }
    if (!message.hasTemplate()) {
      return Outcome.failed(Channel.CUSTOMER_SERVICE, 45015, ApiFailure.WINDOW_CLOSED,
          "interaction window closed and no template fallback");
    }
    Optional<MessengerProperties.TemplateSettings> settings = properties.template(message.templateKind());
    if (settings.isEmpty()) {
      return Outcome.failed(Channel.TEMPLATE, null, ApiFailure.CONFIGURATION,
          "no template configured for kind " + message.templateKind());
    }
    String url = message.templateUrl() != null ? message.templateUrl() : blankToNull(settings.get().url());
    TemplateMessage template = new TemplateMessage(openId, settings.get().templateId(), url,
        TemplateValues.forTemplate(message.templateData(), settings.get().keywords()), message.clientMsgId());
    try {
      return Outcome.sent(Channel.TEMPLATE, gateway.sendTemplate(appId, template));
    } catch (WechatApiException e) {
      return Outcome.failed(Channel.TEMPLATE, e);
    }
  }

  private OutboundMessage record(Long id, Outcome outcome) {
    OutboundMessage message = messages.findById(id).orElseThrow();
    Instant now = clock.instant();
    if (outcome.failure() == null) {
      message.sent(outcome.channel(), outcome.templateMsgId(), now);
      log.info("Message {} ({}) sent to resident {} as {}", id, message.purpose(), pseudonyms.of(message.openId()),
          outcome.channel());
      return message;
    }
    Optional<Instant> next = retries.nextAttempt(outcome.failure(), message.attempts() + 1, now);
    if (next.isPresent()) {
      message.retryAt(outcome.channel(), outcome.errorCode(), outcome.error(), next.get(), now);
      log.warn("Message {} to resident {} failed with errcode {} ({}); attempt {} at {}", id,
          pseudonyms.of(message.openId()), outcome.errorCode(), outcome.failure(), message.attempts() + 1, next.get());
    } else {
      message.fail(outcome.channel(), outcome.errorCode(), outcome.error(), now);
      log.warn("Message {} to resident {} given up after {} attempt(s): errcode {} ({})", id,
          pseudonyms.of(message.openId()), message.attempts(), outcome.errorCode(), outcome.failure());
    }
    return message;
  }

  private boolean applyReport(String appId, long msgId, String status) {
    Boolean found = transaction.execute(s -> messages.findByAppIdAndWechatMsgId(appId, msgId)
        .map(m -> {
          if (m.reportDelivery(status, clock.instant())) {
            count(m);
          }
          return true;
        })
        .orElse(false));
    return Boolean.TRUE.equals(found);
  }

  /** resident.messages{channel, status}: attempts by outcome, and delivery reports, for dashboards and alerts. */
  private void count(OutboundMessage message) {
    Counter.builder("resident.messages").description("Outbound resident messages by channel and resulting status")
        .tag("channel", message.channel() == null ? "none" : message.channel().name().toLowerCase(Locale.ROOT))
        .tag("status", message.status().name().toLowerCase(Locale.ROOT))
        .register(meters).increment();
  }

  private void applyEarlyReport(OutboundMessage sent) {
    try {
      Optional<String> report = store.get(earlyReportKey(sent.appId(), sent.wechatMsgId()));
      if (report.isPresent()) {
        applyReport(sent.appId(), sent.wechatMsgId(), report.get());
      }
    } catch (StateStoreUnavailableException e) {
      log.debug("Early delivery reports not checked: state store unavailable");
    }
  }

  private boolean takeCustomerServiceSend(String appId, String openId) {
    try {
      return windows.tryTakeSend(appId, openId);
    } catch (StateStoreUnavailableException e) {
      // WeChat knows the window: try customer service, a closed window answers 45015 and we fall back
      return true;
    }
  }

  private void closeWindow(String appId, String openId) {
    try {
      windows.closed(appId, openId);
    } catch (StateStoreUnavailableException e) {
      log.debug("Closed window not recorded: state store unavailable");
    }
  }

  private Optional<OutboundMessage> find(ResidentMessage message) {
    return messages.findByAppIdAndOpenIdAndPurpose(message.appId(), message.openId(), message.purpose());
  }

  private static InteractionWindow.Kind windowKind(InboundMessage inbound) {
    if (inbound.type() != MessageType.EVENT) {
      return InteractionWindow.Kind.MESSAGE;
    }
    String event = inbound.event() == null ? "" : inbound.event().toLowerCase(Locale.ROOT);
    return SHORT_WINDOW_EVENTS.contains(event) ? InteractionWindow.Kind.SHORT : null;
  }

  private static String earlyReportKey(String appId, long msgId) {
    return EARLY_REPORT + appId + ":" + msgId;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** What one attempt came to: sent (no failure) or failed with WeChat's errcode and its meaning. */
  private record Outcome(Channel channel, Long templateMsgId, Integer errorCode, ApiFailure failure, String error) {

    static Outcome sent(Channel channel, Long templateMsgId) {
      return new Outcome(channel, templateMsgId, null, null, null);
    }

    static Outcome failed(Channel channel, WechatApiException e) {
      return new Outcome(channel, null, e.errorCode(), e.failure(), e.getMessage());
    }

    static Outcome failed(Channel channel, Integer errorCode, ApiFailure failure, String error) {
      return new Outcome(channel, null, errorCode, failure, error);
    }
  }
}
