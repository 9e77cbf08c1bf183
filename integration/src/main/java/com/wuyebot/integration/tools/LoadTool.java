package com.wuyebot.integration.tools;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The project's load tool (a benchmark, never a timed test): many simulated residents push text messages
 * to a running bot over exactly {@code --connections} HTTP/1.1 connections, one synchronous worker each,
 * and the same run measures a bare-endpoint baseline, the GET URL verification of the same portal.
 */
public final class LoadTool {

  static final String USAGE = """
      usage: load --url <portal url> --token <token> [options]
        --url          webhook on a loopback address, e.g. http://127.0.0.1:8080/wx/portal/wx1b2c3d4e5f607182
        --token        the signature token
        --aes-key      EncodingAESKey, with --app-id, for safe mode
        --app-id       AppID of the account
        --gh           original id gh_... (default gh_0123456789ab)
        --mode         plain | safe | compat | both (plain and safe); default: both with an AES key, else plain
        --connections  concurrent connections, one worker each (default 64)
        --duration     measured time per scenario (default 20s)
        --warmup       unmeasured time before each scenario (default 5s)
        --residents    size of the simulated openid pool (default 10000)
        --timeout      per-request timeout (default 10s)
        --expect-reply count success/empty answers as errors (default: they are fine)
        --no-baseline  skip the GET baseline
        --driver       java | wrk | auto (default auto: wrk when installed and replies need not be read).
                       wrk replays requests signed
                       and encrypted beforehand, so the load generator takes less of the machine's CPU
      """;

  private static final String[] QUESTIONS = {
      "物业费怎么交", "电梯坏了", "3号楼2单元厨房水管漏水", "停车位怎么续费", "今天几点停水", "快递放在哪里", "投诉楼上噪音",
      "门禁卡丢了怎么办", "报修：卫生间灯不亮", "垃圾分类时间"};

  /** One scenario's numbers; latencies in milliseconds. */
  public record Stats(String scenario, int connections, long requests, long errors, long replied, double seconds,
                      double p50, double p90, double p99, double max, Map<String, Long> errorKinds) {

    public double perSecond() {
      return seconds == 0 ? 0 : requests / seconds;
    }
  }

  record Settings(URI url, PushAccount account, List<PushMode> modes, int connections, Duration duration,
                  Duration warmup, int residents, Duration timeout, boolean expectReply, boolean baseline,
                  boolean wrk) {
  }

  static String residentOpenid(int index) {
    return String.format("oLOAD%023d", index);
  }

  static String question(int index) {
    return QUESTIONS[Math.floorMod(index, QUESTIONS.length)];
  }

  private final Settings settings;
  private final PrintStream out;

  LoadTool(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Returns the exit code: 0 done, 1 some requests failed, 2 bad usage. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Settings settings;
    try {
      CliOptions options = CliOptions.parse(args,
          Set.of("url", "token", "aes-key", "app-id", "gh", "mode", "connections", "duration", "warmup", "residents",
              "timeout", "driver"),
          Set.of("help", "expect-reply", "no-baseline"));
      if (options.has("help")) {
        out.print(USAGE);
        return 0;
      }
      settings = settings(options);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    List<Stats> results = new LoadTool(settings, out).execute();
    out.println(table(results));
    out.println(json(settings, results));
    return results.stream().anyMatch(s -> s.errors() > 0) ? 1 : 0;
  }

  static Settings settings(CliOptions options) {
    URI url = URI.create(options.require("url"));
    requireLoopback(url);
    PushAccount account = options.account();
    String mode = options.get("mode", account.canEncrypt() ? "both" : "plain");
    List<PushMode> modes = "both".equals(mode) ? List.of(PushMode.PLAIN, PushMode.SAFE) : List.of(PushMode.parse(mode));
    int connections = options.integer("connections", 64);
    if (connections < 1 || connections > 1024) {
      throw new IllegalArgumentException("--connections must be 1..1024");
    }
    String driver = options.get("driver", "auto");
    boolean wrk = switch (driver) {
      case "wrk" -> true;
      case "java" -> false;
      case "auto" -> !options.has("expect-reply") && WrkDriver.isInstalled();
      default -> throw new IllegalArgumentException("--driver must be java, wrk or auto");
    };
    if (wrk && options.has("expect-reply")) {
      throw new IllegalArgumentException("--expect-reply needs --driver java: wrk does not read the replies");
    }
    return new Settings(url, account, modes, connections, options.duration("duration", Duration.ofSeconds(20)),
        options.duration("warmup", Duration.ofSeconds(5)), Math.max(1, options.integer("residents", 10_000)),
        options.duration("timeout", Duration.ofSeconds(10)), options.has("expect-reply"), !options.has("no-baseline"),
        wrk);
  }

  /** The tool generates real traffic: keep it on this machine. */
  static void requireLoopback(URI url) {
    try {
      if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("--url must point at a loopback address (127.0.0.1, localhost), got " + url);
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host in --url: " + url.getHost());
    }
  }

  List<Stats> execute() {
    List<Stats> results = new ArrayList<>();
    if (settings.baseline()) {
      results.add(scenario("baseline GET verify", settings.modes().get(0), true));
    }
    for (PushMode mode : settings.modes()) {
      results.add(scenario("POST text " + mode.name().toLowerCase(Locale.ROOT), mode, false));
    }
    return results;
  }

  private Stats scenario(String name, PushMode mode, boolean baseline) {
    if (settings.wrk()) {
      return new WrkDriver(settings, out).scenario(name, mode, baseline);
    }
    out.printf("%s: %d connections, warmup %ss, measuring %ss ...%n", name, settings.connections(),
        settings.warmup().toSeconds(), settings.duration().toSeconds());
    ExecutorService pool = Executors.newFixedThreadPool(settings.connections());
    long start = System.nanoTime();
    long measureFrom = start + settings.warmup().toNanos();
    long end = measureFrom + settings.duration().toNanos();
    List<Future<Worker>> futures = new ArrayList<>();
    for (int i = 0; i < settings.connections(); i++) {
      // Own HttpClient per worker: one synchronous request at a time keeps it on exactly one connection.
      WechatPushClient client = new WechatPushClient(settings.url(), settings.account(), mode,
          WechatPushClient.newHttpClient(), settings.timeout());
      Worker worker = new Worker(client, baseline, measureFrom, end);
      futures.add(pool.submit(() -> {
        worker.run();
        return worker;
      }));
    }
    pool.shutdown();
    List<Worker> workers = new ArrayList<>();
    try {
      if (!pool.awaitTermination(settings.warmup().plus(settings.duration()).plus(settings.timeout()).toSeconds() + 5,
          TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
      for (Future<Worker> future : futures) {
        workers.add(future.get());
      }
    } catch (Exception e) {
      pool.shutdownNow();
      throw new IllegalStateException("load workers failed", e);
    }
    return summarize(name, workers, Math.max(1, System.nanoTime() - measureFrom));
  }

  private Stats summarize(String name, List<Worker> workers, long measuredNanos) {
    int total = workers.stream().mapToInt(w -> w.count).sum();
    long[] all = new long[total];
    int at = 0;
    long errors = 0;
    long replied = 0;
    Map<String, Long> kinds = new TreeMap<>();
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
      errors += w.errors;
      replied += w.replied;
      w.errorKinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
    }
    Arrays.sort(all);
    double seconds = Math.min(measuredNanos, settings.duration().toNanos()) / 1e9;
    return new Stats(name, settings.connections(), total, errors, replied, seconds,
        percentile(all, 50), percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        kinds);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private final class Worker {
    private final WechatPushClient client;
    private final boolean baseline;
    private final long measureFrom;
    private final long end;
    long[] latencies = new long[4096];
    int count;
    long errors;
    long replied;
    final Map<String, Long> errorKinds = new TreeMap<>();

    Worker(WechatPushClient client, boolean baseline, long measureFrom, long end) {
      this.client = client;
      this.baseline = baseline;
      this.measureFrom = measureFrom;
      this.end = end;
    }

    void run() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long now;
      while ((now = System.nanoTime()) < end) {
        boolean measured = now >= measureFrom;
        long started = System.nanoTime();
        String error = null;
        boolean gotReply = false;
        try {
          if (baseline) {
            String echostr = Long.toString(random.nextLong(1, Long.MAX_VALUE));
            PushResult result = client.verifyUrl(echostr);
            error = result.status() != 200 ? "HTTP " + result.status() : echostr.equals(result.body()) ? null : "wrong echostr";
          } else {
            String openid = residentOpenid(random.nextInt(settings.residents()));
            PushResult result = client.push(PushMessage.text(openid, question(random.nextInt(QUESTIONS.length))));
            gotReply = result.reply() != null;
            error = result.status() != 200 ? "HTTP " + result.status()
                : settings.expectReply() && !gotReply ? "no reply" : null;
          }
        } catch (InvalidReplyException e) {
          error = "invalid reply";
        } catch (UncheckedIOException e) {
          error = e.getCause() instanceof HttpTimeoutException ? "timeout" : "io: " + e.getCause().getClass().getSimpleName();
        }
        if (!measured) {
          continue;
        }
        record(System.nanoTime() - started);
        if (gotReply) {
          replied++;
        }
        if (error != null) {
          errors++;
          errorKinds.merge(error, 1L, Long::sum);
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }

  static String table(List<Stats> results) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%n%-22s %5s %9s %10s %8s %8s %8s %8s %7s %8s%n", "scenario", "conns",
        "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "replied"));
    for (Stats s : results) {
      table.append(String.format(Locale.ROOT, "%-22s %5d %9d %10.1f %8.2f %8.2f %8.2f %8.2f %7d %8s%n", s.scenario(),
          s.connections(), s.requests(), s.perSecond(), s.p50(), s.p90(), s.p99(), s.max(), s.errors(),
          s.replied() < 0 ? "-" : Long.toString(s.replied())));
      s.errorKinds().forEach((kind, n) -> table.append(String.format(Locale.ROOT, "%24s%s: %d%n", "", kind, n)));
    }
    Stats baseline = results.stream().filter(s -> s.scenario().startsWith("baseline")).findFirst().orElse(null);
    if (baseline != null && baseline.perSecond() > 0) {
      for (Stats s : results) {
        if (s != baseline) {
          table.append(String.format(Locale.ROOT, "%s reaches %.0f%% of the bare-endpoint throughput%n",
              s.scenario(), 100 * s.perSecond() / baseline.perSecond()));
        }
      }
    }
    table.append("(client and server share this machine's CPUs; with the java driver the client also signs, "
        + "encrypts and decrypts every message, with wrk that is done before the clock starts)");
    return table.toString();
  }

  static String json(Settings settings, List<Stats> results) {
    StringBuilder json = new StringBuilder();
    json.append(String.format(Locale.ROOT, "{\"tool\":\"wechat-load\",\"connections\":%d,\"duration_s\":%.1f,"
        + "\"warmup_s\":%.1f,\"residents\":%d,\"results\":[", settings.connections(),
        settings.duration().toMillis() / 1000.0, settings.warmup().toMillis() / 1000.0, settings.residents()));
    for (int i = 0; i < results.size(); i++) {
      Stats s = results.get(i);
      json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"scenario\":\"%s\",\"requests\":%d,\"per_second\":%.1f,\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,"
              + "\"max_ms\":%.3f,\"errors\":%d,\"replied\":%d}",
          s.scenario(), s.requests(), s.perSecond(), s.p50(), s.p90(), s.p99(), s.max(), s.errors(), s.replied()));
    }
    return json.append("]}").toString();
  }
}
