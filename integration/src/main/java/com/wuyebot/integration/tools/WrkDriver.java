package com.wuyebot.integration.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the load tool's scenarios with wrk instead of Java workers. A Java client that signs,
 * encrypts and parses every message needs as much CPU as the bot itself, which on a small
 * machine halves what the bot can show. Here every request is signed and encrypted beforehand
 * (unique MsgIds, fresh timestamps) and wrk only replays them, so the bot gets the CPU.
 */
final class WrkDriver {

  /** Enough distinct messages for this many requests per second of measured time. */
  private static final int MAX_RATE = 12_000;
  private static final String SCRIPT = """
      local requests = {}
      for line in io.lines(os.getenv("WUYEBOT_REQUESTS")) do
        local tab = line:find("\\t")
        requests[#requests + 1] = {line:sub(1, tab - 1), line:sub(tab + 1)}
      end
      local next_thread = 0
      function setup(thread)
        thread:set("id", next_thread)
        next_thread = next_thread + 1
      end
      function init(args)
        position = id
        threads = tonumber(os.getenv("WUYEBOT_THREADS"))
      end
      request = function()
        position = position + threads
        local r = requests[(position % #requests) + 1]
        if r[2] == "" then
          return wrk.format("GET", r[1])
        end
        return wrk.format("POST", r[1], {["Content-Type"] = "text/xml"}, r[2])
      end
      """;
  private static final int THREADS = 2;

  private final LoadTool.Settings settings;
  private final PrintStream out;

  WrkDriver(LoadTool.Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  static boolean isInstalled() {
    try {
      Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      probe.waitFor(5, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  LoadTool.Stats scenario(String name, PushMode mode, boolean baseline) {
    out.printf("%s (wrk): %d connections, warmup %ss, measuring %ss ...%n", name, settings.connections(),
        settings.warmup().toSeconds(), settings.duration().toSeconds());
    try {
      Path script = Files.createTempFile("wuyebot-load", ".lua");
      Path requests = Files.createTempFile("wuyebot-load", ".requests");
      try {
        Files.writeString(script, SCRIPT);
        long count = (settings.warmup().toSeconds() + settings.duration().toSeconds()) * MAX_RATE;
        writeRequests(requests, mode, baseline, (int) Math.min(count, 1_000_000));
        run(script, requests, settings.warmup().toSeconds());
        return parse(name, run(script, requests, settings.duration().toSeconds()));
      } finally {
        Files.deleteIfExists(script);
        Files.deleteIfExists(requests);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeRequests(Path file, PushMode mode, boolean baseline, int count) throws IOException {
    WechatPushClient client = new WechatPushClient(settings.url(), settings.account(), mode);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        if (baseline) {
          URI uri = client.verificationUri("echo" + i, Signing.fresh());
          writer.write(pathAndQuery(uri) + "\t\n");
        } else {
          String openid = LoadTool.residentOpenid(i % settings.residents());
          Envelope envelope = client.envelope(PushMessage.text(openid, LoadTool.question(i)));
          writer.write(pathAndQuery(client.requestUri(envelope, Signing.fresh())) + "\t"
              + envelope.body().replace("\n", "").replace("\t", " ") + "\n");
        }
      }
    }
  }

  private String run(Path script, Path requests, long seconds) throws IOException {
    ProcessBuilder wrk = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + settings.connections(), "-d" + seconds + "s",
        "--latency", "--timeout", settings.timeout().toSeconds() + "s", "-s", script.toString(),
        settings.url().getScheme() + "://" + settings.url().getAuthority())
        .redirectErrorStream(true);
    Map<String, String> env = wrk.environment();
    env.put("WUYEBOT_REQUESTS", requests.toString());
    env.put("WUYEBOT_THREADS", Integer.toString(THREADS));
    Process process = wrk.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("wrk failed: " + output);
    }
    return output;
  }

  LoadTool.Stats parse(String name, String output) {
    long requests = (long) number(output, "(\\d+) requests in");
    double seconds = number(output, "requests in ([\\d.]+)s");
    long non2xx = (long) optionalNumber(output, "Non-2xx or 3xx responses: (\\d+)");
    long socketErrors = 0;
    Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
    if (socket.find()) {
      for (int group = 1; group <= 4; group++) {
        socketErrors += Long.parseLong(socket.group(group));
      }
    }
    Map<String, Long> kinds = new java.util.TreeMap<>();
    if (non2xx > 0) {
      kinds.put("non-2xx", non2xx);
    }
    if (socketErrors > 0) {
      kinds.put("socket", socketErrors);
    }
    return new LoadTool.Stats(name, settings.connections(), requests, non2xx + socketErrors, -1, seconds,
        latency(output, "50%"), latency(output, "90%"), latency(output, "99%"), maxLatency(output), kinds);
  }

  private static String pathAndQuery(URI uri) {
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static double latency(String output, String percentile) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
    return m.find() ? millis(Double.parseDouble(m.group(1)), m.group(2)) : 0;
  }

  private static double maxLatency(String output) {
    Matcher m = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)").matcher(output);
    return m.find() ? millis(Double.parseDouble(m.group(1)), m.group(2)) : 0;
  }

  private static double millis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static double number(String output, String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("unexpected wrk output: " + output);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double optionalNumber(String output, String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

}
