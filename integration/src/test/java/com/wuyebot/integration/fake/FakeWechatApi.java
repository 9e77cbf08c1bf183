package com.wuyebot.integration.fake;

import com.wuyebot.integration.testsupport.QueryStrings;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.WechatPushClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Plays {@code api.weixin.qq.com} on 127.0.0.1 for WxJava (PROTOCOL.md §5, §10). Point WxJava at it with
 * {@code WxMpHostConfig} api/mp/open host = {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (FakeWechatApi api = new FakeWechatApi().app(APP_ID, SECRET).follower(OPENID).start()) {
 *   ... bot sends a kefu message ...
 *   assertThat(api.awaitSentMessages(1, Duration.ofSeconds(5)).get(0).content()).contains("工单");
 * }
 * }</pre>
 *
 * Strict by default: templates must be registered ({@link #template}) or the send answers 40037; template
 * receivers must be known followers. Customer-service windows are enforced only after
 * {@link #enforceServiceWindows(boolean)}.
 */
public final class FakeWechatApi implements AutoCloseable {

  public static final String CUSTOM_SEND = "/cgi-bin/message/custom/send";
  public static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";
  public static final String SUBSCRIBE_SEND = "/cgi-bin/message/subscribe/bizsend";
  public static final String MASS_SEND = "/cgi-bin/message/mass/send";
  public static final String USER_INFO = "/cgi-bin/user/info";
  public static final String MEDIA_GET = "/cgi-bin/media/get";
  public static final String TOKEN = "/cgi-bin/token";
  public static final String STABLE_TOKEN = "/cgi-bin/stable_token";

  /** The sender of MASSSENDJOBFINISH events: WeChat's system account, not a resident (PROTOCOL.md §3.2). */
  public static final String MASS_EVENT_SENDER = "oSYSTEMopenidForMassEvents";

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final Duration MEDIA_LIFETIME = Duration.ofDays(3);
  private static final Duration CLIENT_MSG_ID_WINDOW = Duration.ofMinutes(10);
  private static final int MASS_PER_USER_PER_MONTH = 4;

  static {
    // The JDK server writes a response's headers and body in two segments; without TCP_NODELAY the body waits for
    // the client's delayed ACK (40 ms on Linux), which would cap every benchmark at about 25 calls per connection
    // a second. Read once, when the first server in this JVM starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Clock clock;
  private final FakeTokens tokens;
  private final FakeAudience audience;
  private final FakeFaults faults = new FakeFaults();
  private final Set<String> templates = ConcurrentHashMap.newKeySet();
  private final Map<String, Media> media = new ConcurrentHashMap<>();
  private final Map<String, Integer> calls = new ConcurrentHashMap<>();
  private final Map<String, Integer> dailyQuotas = new ConcurrentHashMap<>();
  private final Map<String, ClientMsg> clientMsgIds = new HashMap<>();
  private final List<SentMessage> sent = new ArrayList<>();
  private final Set<String> massClientMsgIds = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> massReceivedThisMonth = new HashMap<>();
  private final AtomicLong msgIds = new AtomicLong(3_147_483_654L);
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final ExecutorService eventPusher = Executors.newSingleThreadExecutor();
  private volatile boolean enforceWindows;
  private volatile WechatPushClient eventSink;
  private HttpServer server;

  private record Media(String filename, String contentType, byte[] bytes, Instant createdAt) {
  }

  private record ClientMsg(long msgId, Instant at) {
  }

  public FakeWechatApi() {
    this(Clock.systemUTC());
  }

  /** @param clock drives token expiry, windows, media lifetime and dedup; see {@link MutableClock} */
  public FakeWechatApi(Clock clock) {
    this.clock = clock;
    this.tokens = new FakeTokens(clock);
    this.audience = new FakeAudience(clock);
    dailyQuotas.put(TOKEN, 2000);
  }

  public FakeWechatApi start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind the fake WeChat API", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
    return this;
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash (WxMpHostConfig concatenates). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
    workers.shutdownNow();
    eventPusher.shutdownNow();
  }

  // ---- configuration ----

  public FakeWechatApi app(String appId, String secret) {
    tokens.registerApp(appId, secret);
    return this;
  }

  public FakeWechatApi tokenLifetime(Duration lifetime) {
    tokens.lifetime(lifetime);
    return this;
  }

  /** How long a {@code /cgi-bin/token} token stays valid after a newer one was fetched (default 5 min). */
  public FakeWechatApi tokenOverlap(Duration overlap) {
    tokens.overlap(overlap);
    return this;
  }

  /** Defaults per the docs: 30 s apart, 20 a day; exceeding answers 45009 (the real code is undocumented). */
  public FakeWechatApi forceRefreshLimits(Duration minInterval, int perDay) {
    tokens.forceRefreshLimits(minInterval, perDay);
    return this;
  }

  public FakeWechatApi template(String... templateIds) {
    templates.addAll(List.of(templateIds));
    return this;
  }

  public FakeWechatApi follower(String... openids) {
    for (String openid : openids) {
      audience.follow(openid);
    }
    return this;
  }

  public FakeWechatApi unfollow(String openid) {
    audience.unfollow(openid);
    return this;
  }

  /** Off by default: every customer-service send succeeds. On: 43004 / 45015 / 45047 per PROTOCOL.md §5.3. */
  public FakeWechatApi enforceServiceWindows(boolean enforce) {
    this.enforceWindows = enforce;
    return this;
  }

  /** Sends allowed in the 48 h window a resident's message opens (default 5; older rules said 20). */
  public FakeWechatApi messageWindowSends(int sends) {
    audience.messageWindowSends(sends);
    return this;
  }

  /** The resident sent a message: follower, 48 h window. */
  public FakeWechatApi openWindow(String openid) {
    audience.follow(openid);
    audience.openMessageWindow(openid);
    return this;
  }

  /** The resident clicked a menu button, followed or scanned: 3 sends within 1 minute. */
  public FakeWechatApi openShortWindow(String openid) {
    audience.follow(openid);
    audience.openShortWindow(openid);
    return this;
  }

  /** Feeds the fake with what a push told WeChat: follows, unfollows and the windows they open. */
  public FakeWechatApi observe(PushMessage push) {
    String openid = push.fromOpenid();
    if (!push.isEvent()) {
      openWindow(openid);
      return this;
    }
    switch (push.event()) {
      case "subscribe", "SCAN", "CLICK", "scancode_push", "scancode_waitmsg" -> openShortWindow(openid);
      case "unsubscribe" -> unfollow(openid);
      default -> { }
    }
    return this;
  }

  public FakeWechatApi media(String mediaId, String filename, byte[] bytes) {
    media.put(mediaId, new Media(filename, contentTypeOf(filename), bytes.clone(), clock.instant()));
    return this;
  }

  /** Calls beyond {@code perDay} (counted since start) answer 45009. {@code /cgi-bin/token} defaults to 2000. */
  public FakeWechatApi quota(String path, int perDay) {
    dailyQuotas.put(path, perDay);
    return this;
  }

  /**
   * After each accepted template send, push TEMPLATESENDJOBFINISH (status success) through this client; after each
   * accepted mass send, MASSSENDJOBFINISH (send success, counts of the receivers) from {@link #MASS_EVENT_SENDER}.
   */
  public FakeWechatApi pushEventsTo(WechatPushClient client) {
    this.eventSink = client;
    return this;
  }

  // ---- tokens ----

  /** Calls to {@code /cgi-bin/token} and {@code /cgi-bin/stable_token} for this app that passed authentication. */
  public int tokenFetches(String appId) {
    return tokens.fetches(appId);
  }

  public String currentStableToken(String appId) {
    return tokens.currentStableToken(appId);
  }

  /** Every token of the app answers 40001 from now on, as after another party refreshed it. */
  public void invalidateTokens(String appId) {
    tokens.invalidateAll(appId);
  }

  /** Every token of the app answers 42001 from now on. */
  public void expireTokens(String appId) {
    tokens.expireAll(appId);
  }

  // ---- fault injection ----

  /** The next {@code times} calls to {@code path} answer {@code {"errcode":errcode}} (e.g. -1, 45009, 40001). */
  public FakeWechatApi failNext(String path, int times, int errcode) {
    faults.add(path, times, new FakeFaults.ErrorCode(errcode));
    return this;
  }

  /** The next {@code times} calls to {@code path} answer this HTTP status with an empty body. */
  public FakeWechatApi failNextWithStatus(String path, int times, int httpStatus) {
    faults.add(path, times, new FakeFaults.HttpStatus(httpStatus));
    return this;
  }

  /** The next {@code times} calls to {@code path} answer normally after {@code delay}. */
  public FakeWechatApi delayNext(String path, int times, Duration delay) {
    faults.add(path, times, new FakeFaults.Delay(delay));
    return this;
  }

  public void clearFaults() {
    faults.clear();
  }

  // ---- observations ----

  /** Every call to {@code path}, including refused ones. */
  public int calls(String path) {
    return calls.getOrDefault(path, 0);
  }

  public List<SentMessage> sentMessages() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  public List<SentMessage> sentMessagesTo(String openid) {
    return sentMessages().stream().filter(m -> openid.equals(m.toUser())).toList();
  }

  /** Waits until at least {@code count} messages were sent; returns them all, or fails the test on timeout. */
  public List<SentMessage> awaitSentMessages(int count, Duration timeout) {
    return awaitSent(messages -> messages.size() >= count, timeout, count + " sent messages");
  }

  /** Waits for the first message matching {@code condition}. */
  public SentMessage awaitSentMessage(Predicate<SentMessage> condition, Duration timeout) {
    return awaitSent(messages -> messages.stream().anyMatch(condition), timeout, "a matching sent message")
        .stream().filter(condition).findFirst().orElseThrow();
  }

  private List<SentMessage> awaitSent(Predicate<List<SentMessage>> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (sent) {
      while (!done.test(sent)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; got " + sent);
        }
        try {
          sent.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + what, e);
        }
      }
      return List.copyOf(sent);
    }
  }

  // ---- HTTP ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> query = QueryStrings.parse(exchange.getRequestURI().getRawQuery());
      calls.merge(path, 1, Integer::sum);
      try {
        FakeFaults.Fault fault = faults.next(path);
        if (fault instanceof FakeFaults.ErrorCode error) {
          throw new FakeApiError(error.code());
        }
        if (fault instanceof FakeFaults.HttpStatus status) {
          exchange.sendResponseHeaders(status.status(), -1);
          return;
        }
        if (fault instanceof FakeFaults.Delay delay) {
          Thread.sleep(delay.delay().toMillis());
        }
        Integer quota = dailyQuotas.get(path);
        if (quota != null && calls(path) > quota) {
          throw new FakeApiError(45009);
        }
        route(exchange, path, query, body);
      } catch (FakeApiError e) {
        json(exchange, Map.of("errcode", e.code, "errmsg", e.getMessage()));
      } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
        json(exchange, Map.of("errcode", 47001, "errmsg", FakeApiError.message(47001)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void route(HttpExchange exchange, String path, Map<String, String> query, String body) throws IOException {
    switch (path) {
      case TOKEN -> {
        FakeTokens.Issued issued = tokens.plainToken(query.get("appid"), query.get("secret"));
        json(exchange, Map.of("access_token", issued.token(), "expires_in", issued.expiresIn()));
      }
      case STABLE_TOKEN -> {
        JsonObject request = parse(body);
        FakeTokens.Issued issued = tokens.stableToken(string(request, "appid"), string(request, "secret"),
            request.has("force_refresh") && request.get("force_refresh").getAsBoolean());
        json(exchange, Map.of("access_token", issued.token(), "expires_in", issued.expiresIn()));
      }
      default -> {
        tokens.check(query.get("access_token"));
        switch (path) {
          case CUSTOM_SEND -> json(exchange, customSend(body));
          case TEMPLATE_SEND -> json(exchange, templateSend(body));
          case SUBSCRIBE_SEND -> json(exchange, subscribeSend(body));
          case MASS_SEND -> json(exchange, massSend(body));
          case USER_INFO -> json(exchange, userInfo(query.get("openid"), query.getOrDefault("lang", "zh_CN")));
          case MEDIA_GET -> mediaGet(exchange, query.get("media_id"));
          default -> throw new FakeApiError(40066);
        }
      }
    }
  }

  private Map<String, Object> customSend(String body) {
    JsonObject request = parse(body);
    String toUser = string(request, "touser");
    String msgType = string(request, "msgtype");
    if (toUser == null || msgType == null) {
      throw new FakeApiError(47001);
    }
    if (enforceWindows) {
      audience.takeSend(toUser);
    }
    record(new SentMessage(CUSTOM_SEND, toUser, msgType, customContent(request, msgType), null, 0, body,
        clock.instant()));
    return ok();
  }

  private static String customContent(JsonObject request, String msgType) {
    JsonObject payload = request.has(msgType) ? request.getAsJsonObject(msgType) : new JsonObject();
    return switch (msgType) {
      case "text" -> string(payload, "content");
      case "image", "voice", "video" -> string(payload, "media_id");
      case "news" -> payload.has("articles") && !payload.getAsJsonArray("articles").isEmpty()
          ? string(payload.getAsJsonArray("articles").get(0).getAsJsonObject(), "title") : null;
      case "msgmenu" -> string(payload, "head_content");
      default -> null;
    };
  }

  private Map<String, Object> templateSend(String body) {
    JsonObject request = parse(body);
    String toUser = string(request, "touser");
    String templateId = string(request, "template_id");
    if (templateId == null || !templates.contains(templateId)) {
      throw new FakeApiError(40037);
    }
    FakeAudience.Follower follower = toUser == null ? null : audience.follower(toUser);
    if (follower == null) {
      throw new FakeApiError(40003);
    }
    if (follower.status() == FakeAudience.Status.UNFOLLOWED) {
      throw new FakeApiError(43004);
    }
    checkTemplateData(request.getAsJsonObject("data"));
    String clientMsgId = string(request, "client_msg_id");
    long msgId;
    synchronized (clientMsgIds) {
      String key = toUser + '\n' + clientMsgId;
      ClientMsg earlier = clientMsgId == null ? null : clientMsgIds.get(key);
      Instant now = clock.instant();
      if (earlier != null && now.isBefore(earlier.at().plus(CLIENT_MSG_ID_WINDOW))) {
        return ok("msgid", earlier.msgId());
      }
      msgId = msgIds.incrementAndGet();
      if (clientMsgId != null) {
        clientMsgIds.put(key, new ClientMsg(msgId, now));
      }
    }
    record(new SentMessage(TEMPLATE_SEND, toUser, "template", null, templateId, msgId, body, clock.instant()));
    WechatPushClient sink = eventSink;
    if (sink != null) {
      eventPusher.execute(() -> sink.push(PushMessage.templateSendJobFinish(toUser, msgId, "success")));
    }
    return ok("msgid", msgId);
  }

  /** Category templates check each keyword by its type prefix (PROTOCOL.md §5.4). */
  private static void checkTemplateData(JsonObject data) {
    if (data == null) {
      return;
    }
    for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue().isJsonObject() ? string(entry.getValue().getAsJsonObject(), "value") : null;
      if (value == null) {
        throw new FakeApiError(47003, "argument invalid! data." + key + ".value invalid");
      }
      boolean invalid = (key.startsWith("thing") && value.codePointCount(0, value.length()) > 20)
          || (key.startsWith("character_string") && (value.length() > 32 || !value.chars().allMatch(c -> c < 128)));
      if (invalid) {
        throw new FakeApiError(47003, "argument invalid! data." + key + ".value invalid");
      }
    }
  }

  /**
   * Mass text by openid list (PROTOCOL.md §5.6): 2 to 10,000 receivers, a repeated clientmsgid answers 45065, and a
   * follower past 4 mass messages this month is filtered out silently. One {@link SentMessage} per receiver.
   */
  private Map<String, Object> massSend(String body) {
    JsonObject request = parse(body);
    if (!request.has("touser") || !request.get("touser").isJsonArray()) {
      throw new FakeApiError(40130);
    }
    List<String> receivers = new ArrayList<>();
    request.getAsJsonArray("touser").forEach(e -> receivers.add(e.getAsString()));
    if (receivers.size() < 2 || receivers.size() > 10_000) {
      throw new FakeApiError(40130);
    }
    String clientMsgId = string(request, "clientmsgid");
    if (clientMsgId != null && !massClientMsgIds.add(clientMsgId)) {
      throw new FakeApiError(45065);
    }
    long msgId = msgIds.incrementAndGet();
    String content = request.has("text") ? string(request.getAsJsonObject("text"), "content") : null;
    int sentTo = 0;
    for (String receiver : receivers) {
      FakeAudience.Follower follower = audience.follower(receiver);
      boolean reachable = follower != null && follower.status() == FakeAudience.Status.FOLLOWING;
      if (reachable && takeMassQuota(receiver)) {
        // the receiver's own share of the job, not the whole list, so 10,000 receivers do not hold 10,000 copies
        String share = GSON.toJson(Map.of("touser", receiver, "msgtype", "text", "text", Map.of("content", String.valueOf(content))));
        record(new SentMessage(MASS_SEND, receiver, "text", content, null, msgId, share, clock.instant()));
        sentTo++;
      }
    }
    WechatPushClient sink = eventSink;
    if (sink != null) {
      int filtered = sentTo;
      eventPusher.execute(() -> sink.push(PushMessage.massSendJobFinish(MASS_EVENT_SENDER, msgId, "send success",
          receivers.size(), filtered, filtered, 0)));
    }
    return ok("msg_id", msgId, "msg_data_id", msgId);
  }

  private boolean takeMassQuota(String openid) {
    String key = openid + '\n' + java.time.YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    synchronized (massReceivedThisMonth) {
      int received = massReceivedThisMonth.getOrDefault(key, 0);
      if (received >= MASS_PER_USER_PER_MONTH) {
        return false;
      }
      massReceivedThisMonth.put(key, received + 1);
      return true;
    }
  }

  private Map<String, Object> subscribeSend(String body) {
    JsonObject request = parse(body);
    String toUser = string(request, "touser");
    if (toUser == null || audience.follower(toUser) == null) {
      throw new FakeApiError(40003);
    }
    long msgId = msgIds.incrementAndGet();
    record(new SentMessage(SUBSCRIBE_SEND, toUser, "subscribe", null, string(request, "template_id"), msgId, body,
        clock.instant()));
    // WxJava 4.7.9.B throws NullPointerException without msgid (PROTOCOL.md §5.5).
    return ok("msgid", msgId);
  }

  private Map<String, Object> userInfo(String openid, String lang) {
    if (openid == null) {
      throw new FakeApiError(40003);
    }
    FakeAudience.Follower follower = audience.follower(openid);
    Map<String, Object> info = new LinkedHashMap<>();
    if (follower == null || follower.status() != FakeAudience.Status.FOLLOWING) {
      info.put("subscribe", 0);
      info.put("openid", openid);
      return info;
    }
    info.put("subscribe", 1);
    info.put("openid", openid);
    info.put("language", lang);
    info.put("subscribe_time", follower.subscribedAt().getEpochSecond());
    info.put("remark", "");
    info.put("groupid", 0);
    info.put("tagid_list", List.of());
    info.put("subscribe_scene", "ADD_SCENE_QR_CODE");
    info.put("qr_scene", 0);
    info.put("qr_scene_str", "");
    return info;
  }

  private void mediaGet(HttpExchange exchange, String mediaId) throws IOException {
    Media found = mediaId == null ? null : media.get(mediaId);
    if (found == null || !clock.instant().isBefore(found.createdAt().plus(MEDIA_LIFETIME))) {
      throw new FakeApiError(40007);
    }
    exchange.getResponseHeaders().set("Content-Type", found.contentType());
    // WxJava's Apache executor needs the file name from this header.
    exchange.getResponseHeaders().set("Content-disposition", "attachment; filename=\"" + found.filename() + "\"");
    exchange.sendResponseHeaders(200, found.bytes().length == 0 ? -1 : found.bytes().length);
    exchange.getResponseBody().write(found.bytes());
  }

  private void record(SentMessage message) {
    synchronized (sent) {
      sent.add(message);
      sent.notifyAll();
    }
  }

  private static Map<String, Object> ok(Object... extra) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("errcode", 0);
    answer.put("errmsg", "ok");
    for (int i = 0; i < extra.length; i += 2) {
      answer.put((String) extra[i], extra[i + 1]);
    }
    return answer;
  }

  private static void json(HttpExchange exchange, Map<String, Object> answer) throws IOException {
    byte[] bytes = GSON.toJson(answer).getBytes(StandardCharsets.UTF_8);
    // The exact header WeChat sends; WxJava's media download keys on the application/json prefix.
    exchange.getResponseHeaders().set("Content-Type", "application/json; encoding=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static JsonObject parse(String body) {
    if (body.isBlank()) {
      throw new FakeApiError(44002);
    }
    return JsonParser.parseString(body).getAsJsonObject();
  }

  private static String string(JsonObject object, String name) {
    JsonElement element = object.get(name);
    return element == null || element.isJsonNull() ? null : element.getAsString();
  }

  private static String contentTypeOf(String filename) {
    String lower = filename.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".png")) {
      return "image/png";
    }
    if (lower.endsWith(".amr")) {
      return "audio/amr";
    }
    return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
  }
}
