package com.wuyebot.integration.tools;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays WeChat's push servers against our webhook: builds, signs and encrypts pushes exactly as
 * PROTOCOL.md §1–§3 describe, delivers them over HTTP/1.1 and checks the reply like WeChat would.
 *
 * <p>Thread-safe; one instance per account and mode. Crypto and reply parsing come from WxJava.
 */
public final class WechatPushClient {

  private static final String RANDOM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  // Shared by all clients in a JVM so two clients never hand out the same MsgId.
  private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

  private final URI webhook;
  private final PushAccount account;
  private final PushMode mode;
  private final HttpClient http;
  private final Duration timeout;
  private final WxCryptUtil crypt;
  private final ReplyReader replies;

  /**
   * @param webhook the portal URL, e.g. {@code http://127.0.0.1:8080/wx/portal/wx1b2c3d4e5f607182}
   * @param http    an HTTP/1.1 client; give each load-test worker its own to pin one connection per worker
   * @param timeout how long to wait for an answer; WeChat gives up after 5 s, tests may want to see later ones
   */
  public WechatPushClient(URI webhook, PushAccount account, PushMode mode, HttpClient http, Duration timeout) {
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.account = Objects.requireNonNull(account, "account");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.http = Objects.requireNonNull(http, "http");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (mode.encrypted() && !account.canEncrypt()) {
      throw new IllegalArgumentException(mode + " mode needs the EncodingAESKey and the AppID");
    }
    this.crypt = account.canEncrypt()
        ? new WxCryptUtil(account.token(), account.encodingAesKey(), account.appId())
        : null;
    this.replies = new ReplyReader(account, mode);
  }

  public WechatPushClient(URI webhook, PushAccount account, PushMode mode) {
    this(webhook, account, mode, newHttpClient(), Duration.ofSeconds(10));
  }

  public static WechatPushClient plain(String webhook, String token, String ghId) {
    return new WechatPushClient(URI.create(webhook), PushAccount.plain(token, ghId), PushMode.PLAIN);
  }

  public static WechatPushClient safe(String webhook, String token, String encodingAesKey, String appId, String ghId) {
    return new WechatPushClient(URI.create(webhook), new PushAccount(token, encodingAesKey, appId, ghId), PushMode.SAFE);
  }

  public static WechatPushClient compat(String webhook, String token, String encodingAesKey, String appId, String ghId) {
    return new WechatPushClient(URI.create(webhook), new PushAccount(token, encodingAesKey, appId, ghId), PushMode.COMPAT);
  }

  public static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public URI webhook() {
    return webhook;
  }

  public PushAccount account() {
    return account;
  }

  public PushMode mode() {
    return mode;
  }

  /** A fresh 64-bit MsgId, unique within this JVM. */
  public long nextMsgId() {
    return MSG_IDS.incrementAndGet();
  }

  // ---- one-call pushes ----

  /** Delivers a message once with the current time and a fresh nonce; a MsgId is assigned if it has none. */
  public PushResult push(PushMessage message) {
    return deliver(envelope(message));
  }

  /** Delivers caller-written message XML (encrypted in safe and compat mode). */
  public PushResult pushXml(String openid, String plainXml) {
    return deliver(envelopeXml(openid, plainXml));
  }

  // ---- envelopes: the body that stays the same across retries ----

  public Envelope envelope(PushMessage message) {
    return envelope(message, randomString(16));
  }

  /** With the 16 random bytes of the ciphertext fixed, e.g. to reproduce a known vector. */
  public Envelope envelope(PushMessage message, String random16) {
    PushMessage numbered = message.msgId() == null && !message.isEvent() ? message.withMsgId(nextMsgId()) : message;
    return envelopeXml(numbered.fromOpenid(), numbered.toXml(account.ghId()), random16);
  }

  public Envelope envelopeXml(String openid, String plainXml) {
    return envelopeXml(openid, plainXml, randomString(16));
  }

  public Envelope envelopeXml(String openid, String plainXml, String random16) {
    if (!mode.encrypted()) {
      return new Envelope(openid, plainXml, plainXml, null);
    }
    String encrypt = crypt.encrypt(random16, plainXml);
    String body = switch (mode) {
      case SAFE -> "<xml><ToUserName><![CDATA[" + account.ghId() + "]]></ToUserName><Encrypt><![CDATA["
          + encrypt + "]]></Encrypt></xml>";
      // PROTOCOL.md §2.7: the plaintext fields plus <Encrypt>, inferred from the docs rather than a capture.
      case COMPAT -> insertBeforeClosingRoot(plainXml, "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt>");
      case PLAIN -> throw new IllegalStateException();
    };
    return new Envelope(openid, plainXml, body, encrypt);
  }

  // ---- delivery ----

  public PushResult deliver(Envelope envelope) {
    return deliver(envelope, Signing.fresh());
  }

  public PushResult deliver(Envelope envelope, Signing signing) {
    HttpRequest request = HttpRequest.newBuilder(requestUri(envelope, signing))
        .timeout(timeout)
        .header("Content-Type", "text/xml; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(envelope.body(), StandardCharsets.UTF_8))
        .build();
    long start = System.nanoTime();
    HttpResponse<String> response = send(request);
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    PassiveReply reply = response.statusCode() == 200 ? replies.read(response.body(), envelope.openid()) : null;
    return new PushResult(response.statusCode(), response.body(), reply, latency);
  }

  /**
   * Delivers the same body {@code deliveries} times, {@code interval} apart, each time with a new timestamp
   * and nonce like WeChat's retries; unlike WeChat it does not stop after a timely answer.
   */
  public List<PushResult> deliverRepeatedly(Envelope envelope, int deliveries, Duration interval) {
    List<PushResult> results = new ArrayList<>();
    for (int i = 0; i < deliveries; i++) {
      if (i > 0) {
        sleep(interval);
      }
      results.add(deliver(envelope));
    }
    return results;
  }

  /** The signed POST URL: {@code signature, timestamp, nonce, openid} and in encrypted modes {@code encrypt_type, msg_signature}. */
  public URI requestUri(Envelope envelope, Signing signing) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("signature", signing.signature() != null ? signing.signature() : signature(signing));
    query.put("timestamp", signing.timestamp());
    query.put("nonce", signing.nonce());
    if (envelope.openid() != null) {
      query.put("openid", envelope.openid());
    }
    if (mode.encrypted()) {
      query.put("encrypt_type", "aes");
      String msgSignature = signing.msgSignature() != null || envelope.encrypt() == null
          ? signing.msgSignature()
          : SHA1.gen(account.token(), signing.timestamp(), signing.nonce(), envelope.encrypt());
      if (msgSignature != null) {
        query.put("msg_signature", msgSignature);
      }
    }
    return withQuery(query, signing);
  }

  // ---- URL verification (GET) ----

  /** The console's "save server configuration" check; the body should be exactly {@code echostr}. */
  public PushResult verifyUrl(String echostr) {
    return verifyUrl(echostr, Signing.fresh());
  }

  public PushResult verifyUrl(String echostr, Signing signing) {
    HttpRequest request = HttpRequest.newBuilder(verificationUri(echostr, signing)).timeout(timeout).GET().build();
    long start = System.nanoTime();
    HttpResponse<String> response = send(request);
    return new PushResult(response.statusCode(), response.body(), null, Duration.ofNanos(System.nanoTime() - start));
  }

  public URI verificationUri(String echostr, Signing signing) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("signature", signing.signature() != null ? signing.signature() : signature(signing));
    query.put("timestamp", signing.timestamp());
    query.put("nonce", signing.nonce());
    query.put("echostr", echostr);
    return withQuery(query, signing);
  }

  /** sha1(sort(token, timestamp, nonce)) via WxJava, which sorts by code point as WeChat does. */
  public String signature(Signing signing) {
    return SHA1.gen(account.token(), signing.timestamp(), signing.nonce());
  }

  private URI withQuery(Map<String, String> query, Signing signing) {
    StringBuilder uri = new StringBuilder(webhook.toString());
    char separator = webhook.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      if (signing.omitted().contains(parameter.getKey())) {
        continue;
      }
      uri.append(separator).append(parameter.getKey()).append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("push to " + webhook + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pushing", e);
    }
  }

  private static String insertBeforeClosingRoot(String xml, String element) {
    int end = xml.lastIndexOf("</xml>");
    if (end < 0) {
      throw new IllegalArgumentException("message XML has no closing </xml>");
    }
    return xml.substring(0, end) + element + xml.substring(end);
  }

  /** Nothing here is a secret (the ciphertext prefix, simulated ids), so a fast generator will do. */
  static String randomString(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(RANDOM_ALPHABET.charAt(random.nextInt(RANDOM_ALPHABET.length())));
    }
    return s.toString();
  }

  private static void sleep(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted between deliveries", e);
    }
  }
}
