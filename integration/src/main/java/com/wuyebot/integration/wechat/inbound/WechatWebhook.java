package com.wuyebot.integration.wechat.inbound;

import com.wuyebot.integration.state.StateStore;
import com.wuyebot.integration.wechat.WechatAccount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of WeChat's push protocol for any number of accounts, free of any web
 * framework: the bot's controller hands over the path's appId, the query and the body stream.
 *
 * <p>Order of checks: account, body size, URL signature, timestamp window, then (safe mode)
 * msg_signature, decryption and AppID, and only then XML parsing. Nothing is parsed before the
 * request is proven to come from WeChat.
 */
public final class WechatWebhook {

  private static final Logger log = LoggerFactory.getLogger(WechatWebhook.class);

  private final Map<String, AccountCodec> codecs;
  private final ReplyCoordinator coordinator;
  private final WebhookSettings settings;
  private final WebhookObserver observer;
  private final Clock clock;

  public WechatWebhook(Collection<WechatAccount> accounts, IncomingMessageHandler handler, StateStore store,
      LateReplySender lateSender, Executor executor, WebhookSettings settings, WebhookObserver observer, Clock clock) {
    this.codecs = accounts.stream().collect(Collectors.toUnmodifiableMap(WechatAccount::appId, AccountCodec::new));
    this.coordinator = new ReplyCoordinator(store, handler, lateSender, executor, settings, observer, clock);
    this.settings = settings;
    this.observer = observer;
    this.clock = clock;
  }

  /** GET: the MP console's server URL check; echoes {@code echostr} only for a valid signature. */
  public WebhookResponse verifyUrl(String appId, Map<String, String> query) {
    try {
      AccountCodec codec = account(appId);
      String echo = required(query, "echostr");
      verifySignature(codec, query);
      return WebhookResponse.plain(echo);
    } catch (RefusedPushException e) {
      return refuse(e.refusal());
    }
  }

  /** POST: one push, in plaintext, compatibility or safe mode as {@code encrypt_type} says. */
  public WebhookResponse receive(String appId, Map<String, String> query, InputStream body) {
    long started = System.nanoTime();
    try {
      AccountCodec codec = account(appId);
      String xml = readLimited(body);
      verifySignature(codec, query);
      boolean encrypted = "aes".equalsIgnoreCase(query.get("encrypt_type"));
      if (encrypted) {
        xml = codec.decrypt(xml, query.get("timestamp"), query.get("nonce"), required(query, "msg_signature"));
      }
      InboundMessage message = MessageParser.parse(appId, xml);
      observer.received(message.type());
      ReplyCoordinator.Answer answer = coordinator.answer(message);
      return respond(codec, message, answer, encrypted, started);
    } catch (RefusedPushException e) {
      return refuse(e.refusal());
    }
  }

  private WebhookResponse respond(AccountCodec codec, InboundMessage message, ReplyCoordinator.Answer answer,
      boolean encrypted, long started) {
    WebhookResponse response;
    WebhookObserver.Outcome outcome;
    if (answer instanceof ReplyCoordinator.Answer.Passive passive) {
      response = WebhookResponse.xml(codec.render(passive.reply(), message, encrypted));
      outcome = passive.outcome();
    } else {
      response = WebhookResponse.success();
      outcome = ((ReplyCoordinator.Answer.Acknowledge) answer).outcome();
    }
    observer.answered(outcome, Duration.ofNanos(System.nanoTime() - started));
    return response;
  }

  private AccountCodec account(String appId) {
    AccountCodec codec = appId == null ? null : codecs.get(appId);
    if (codec == null) {
      throw new RefusedPushException(Refusal.UNKNOWN_ACCOUNT);
    }
    return codec;
  }

  private void verifySignature(AccountCodec codec, Map<String, String> query) {
    String timestamp = required(query, "timestamp");
    String nonce = required(query, "nonce");
    String signature = required(query, "signature");
    if (!codec.hasValidSignature(timestamp, nonce, signature)) {
      throw new RefusedPushException(Refusal.BAD_SIGNATURE);
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new RefusedPushException(Refusal.STALE_TIMESTAMP);
    }
    long drift = Math.abs(clock.instant().getEpochSecond() - seconds);
    if (drift > settings.timestampWindow().toSeconds()) {
      throw new RefusedPushException(Refusal.STALE_TIMESTAMP);
    }
  }

  private String readLimited(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(settings.maxBodyBytes() + 1);
      if (bytes.length > settings.maxBodyBytes()) {
        throw new RefusedPushException(Refusal.BODY_TOO_LARGE);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RefusedPushException(Refusal.MALFORMED_XML);
    }
  }

  private static String required(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      throw new RefusedPushException(Refusal.MISSING_PARAMETER);
    }
    return value;
  }

  private WebhookResponse refuse(Refusal refusal) {
    observer.refused(refusal);
    log.info("Refused a push: {}", refusal.metricName());
    return WebhookResponse.refused(refusal);
  }
}
