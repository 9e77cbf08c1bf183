package com.wuyebot.integration.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A resident's phone without a real account: reads what the resident types, pushes it to a running bot
 * as WeChat would, and prints the bot's reply as the chat would show it.
 */
public final class ResidentSimulator {

  static final String USAGE = """
      usage: simulate --url <portal url> --token <token> [options]
        --url       webhook, e.g. http://127.0.0.1:8080/wx/portal/wx1b2c3d4e5f607182
        --token     the signature token configured for the account
        --aes-key   EncodingAESKey (43 characters); with --app-id enables safe mode
        --app-id    AppID of the account
        --gh        original id gh_... (default gh_0123456789ab)
        --openid    the resident's openid (default: a random simulated one)
        --mode      plain | safe | compat (default: safe with an AES key, otherwise plain)
        --timeout   how long to wait for an answer (default 10s; WeChat gives up after 5s)
        --say TEXT  send one text message, print the reply and exit
      In the chat, type a message, or one of:
        /subscribe [scene]   follow (through a QR code scene if given)   /unsubscribe
        /click KEY           menu button                                /view URL
        /scan SCENE          scan a QR code as a follower               /image [MEDIA_ID]
        /voice TEXT          voice message recognised as TEXT           /location [LAT LNG [LABEL]]
        /link TITLE URL      share a link                               /event EVENT [KEY]
        /retry               re-deliver the last push like WeChat's retry (new timestamp and nonce)
        /verify              URL verification (GET) as the MP console does
        /help  /quit
      """;

  private static final Duration WECHAT_DEADLINE = Duration.ofSeconds(5);

  private final WechatPushClient client;
  private final String openid;
  private final PrintStream out;
  private Envelope last;

  public ResidentSimulator(WechatPushClient client, String openid, PrintStream out) {
    this.client = client;
    this.openid = openid;
    this.out = out;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Returns the process exit code: 0 fine, 1 the bot failed a {@code --say}, 2 bad usage. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CliOptions options;
    WechatPushClient client;
    try {
      options = CliOptions.parse(args,
          Set.of("url", "token", "aes-key", "app-id", "gh", "openid", "mode", "timeout", "say"), Set.of("help"));
      if (options.has("help")) {
        out.print(USAGE);
        return 0;
      }
      PushAccount account = options.account();
      PushMode mode = PushMode.parse(options.get("mode", account.canEncrypt() ? "safe" : "plain"));
      client = new WechatPushClient(URI.create(options.require("url")), account, mode,
          WechatPushClient.newHttpClient(), options.duration("timeout", Duration.ofSeconds(10)));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    ResidentSimulator simulator = new ResidentSimulator(client, options.get("openid", simulatedOpenid()), out);
    if (options.has("say")) {
      return simulator.send(PushMessage.text(simulator.openid, options.get("say", ""))) ? 0 : 1;
    }
    // Piped input (scripts, tests) gets no prompts, so replies stay one per line.
    boolean console = in == System.in && System.console() != null;
    simulator.chat(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), console);
    return 0;
  }

  /** A 28-character openid like WeChat's, marked as simulated. */
  public static String simulatedOpenid() {
    return "oSIM" + WechatPushClient.randomString(24);
  }

  void chat(BufferedReader in, boolean prompt) {
    out.println("模拟住户 " + openid + " → " + client.webhook() + " (" + client.mode().name().toLowerCase() + ")");
    out.println("输入消息后回车发送；/help 查看命令，/quit 退出。");
    try {
      while (true) {
        if (prompt) {
          out.print("我 > ");
          out.flush();
        }
        String line = in.readLine();
        if (line == null || !handle(line.strip())) {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Handles one typed line; returns {@code false} when the resident quits. */
  boolean handle(String line) {
    if (line.isEmpty()) {
      return true;
    }
    if (!line.startsWith("/")) {
      send(PushMessage.text(openid, line));
      return true;
    }
    String[] words = line.split("\\s+", 3);
    String command = words[0];
    String first = words.length > 1 ? words[1] : null;
    String rest = words.length > 2 ? words[2] : null;
    switch (command) {
      case "/quit", "/exit" -> {
        return false;
      }
      case "/help" -> out.print(USAGE);
      case "/subscribe" -> send(first == null
          ? PushMessage.subscribe(openid)
          : PushMessage.subscribeByQrCode(openid, first, "gQSimTicket" + WechatPushClient.randomString(16)));
      case "/unsubscribe" -> send(PushMessage.unsubscribe(openid));
      case "/click" -> sendIfGiven(first, () -> PushMessage.click(openid, first));
      case "/view" -> sendIfGiven(first, () -> PushMessage.view(openid, first));
      case "/scan" -> sendIfGiven(first, () -> PushMessage.scan(openid, first, "gQSimTicket" + WechatPushClient.randomString(16)));
      case "/event" -> sendIfGiven(first, () -> PushMessage.event(openid, first, rest == null ? "" : rest));
      case "/image" -> {
        String mediaId = first != null ? first : "SIM_MEDIA_" + WechatPushClient.randomString(12);
        send(PushMessage.image(openid, "http://mmbiz.qpic.cn/mmbiz_jpg/SIMULATED/0", mediaId));
      }
      case "/voice" -> send(PushMessage.voice(openid, "SIM_VOICE_" + WechatPushClient.randomString(12),
          line.length() > "/voice".length() ? line.substring("/voice".length()).strip() : null));
      case "/location" -> location(line);
      case "/link" -> sendIfGiven(rest, () -> PushMessage.link(openid, first, "", rest));
      case "/retry" -> retry();
      case "/verify" -> verify();
      default -> out.println("未知命令 " + command + "，输入 /help 查看可用命令。");
    }
    return true;
  }

  private void sendIfGiven(String argument, Supplier<PushMessage> message) {
    if (argument == null) {
      out.println("缺少参数，输入 /help 查看用法。");
    } else {
      send(message.get());
    }
  }

  private void location(String line) {
    String[] parts = line.split("\\s+", 4);
    try {
      double lat = parts.length > 2 ? Double.parseDouble(parts[1]) : 31.230416;
      double lng = parts.length > 2 ? Double.parseDouble(parts[2]) : 121.473701;
      String label = parts.length > 3 ? parts[3] : "上海市黄浦区人民广场";
      send(PushMessage.location(openid, lat, lng, 15, label));
    } catch (NumberFormatException e) {
      out.println("用法：/location 纬度 经度 [地点名称]");
    }
  }

  private void retry() {
    if (last == null) {
      out.println("还没有发送过消息。");
      return;
    }
    out.println("（模拟微信重试：同一条消息，新的 timestamp 和 nonce）");
    deliver(last);
  }

  private void verify() {
    String echostr = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    try {
      PushResult result = client.verifyUrl(echostr);
      boolean passed = result.status() == 200 && echostr.equals(result.body());
      out.println(passed ? "URL 验证通过（" + millis(result.latency()) + "）"
          : "URL 验证失败：HTTP " + result.status() + "，应答不是 echostr");
    } catch (UncheckedIOException e) {
      out.println("无法连接到 " + client.webhook() + "：" + e.getCause().getMessage());
    }
  }

  /** Returns whether the bot answered in a way WeChat accepts. */
  boolean send(PushMessage message) {
    last = client.envelope(message);
    return deliver(last);
  }

  private boolean deliver(Envelope envelope) {
    PushResult result;
    try {
      result = client.deliver(envelope);
    } catch (InvalidReplyException e) {
      out.println("该公众号暂时无法提供服务，请稍后再试。  [回复无效：" + e.getMessage() + "]");
      return false;
    } catch (UncheckedIOException e) {
      out.println("无法连接到 " + client.webhook() + "：" + e.getCause().getMessage());
      return false;
    }
    if (!result.ok()) {
      out.println("该公众号暂时无法提供服务，请稍后再试。  [HTTP " + result.status() + "]");
      return false;
    }
    show(result);
    if (result.latency().compareTo(WECHAT_DEADLINE) > 0) {
      out.println("  ⚠ 用时 " + millis(result.latency()) + "，超过 5 秒：微信会丢弃这个回复并重试。");
      return false;
    }
    return true;
  }

  private void show(PushResult result) {
    String took = "  (" + millis(result.latency()) + ")";
    PassiveReply reply = result.reply();
    if (reply == null) {
      out.println("（公众号已收到，没有被动回复）" + took);
      return;
    }
    switch (reply.msgType()) {
      case "text" -> out.println("公众号 > " + reply.content().replace("\n", "\n         ") + took);
      case "news" -> {
        out.println("公众号 > [图文消息]" + took);
        for (PassiveReply.Article article : reply.articles()) {
          out.println("         《" + article.title() + "》 " + nullToEmpty(article.description()));
          out.println("         " + nullToEmpty(article.url()));
        }
      }
      case "image" -> out.println("公众号 > [图片] " + reply.mediaId() + took);
      case "voice" -> out.println("公众号 > [语音] " + reply.mediaId() + took);
      case "video" -> out.println("公众号 > [视频] " + reply.mediaId() + took);
      case "music" -> out.println("公众号 > [音乐]" + took);
      case "transfer_customer_service" -> out.println("（已转接人工客服"
          + (reply.kfAccount() == null ? "" : " " + reply.kfAccount()) + "，请稍候）" + took);
      default -> out.println("公众号 > [" + reply.msgType() + "]" + took);
    }
  }

  private static String millis(Duration latency) {
    return latency.toMillis() + " ms";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
