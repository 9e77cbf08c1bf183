package com.wuyebot.integration.tools;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.AES_KEY;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.APP_ID;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.GH;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the tool runs and reports, not how fast anything is. */
class LoadToolTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return LoadTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void measuresBaselineAndBothModesOverTheGivenConnections() {
    try (EchoPortal portal = EchoPortal.start(TOKEN, AES_KEY, APP_ID)) {
      int exit = run("--url", portal.url().toString(), "--token", TOKEN, "--aes-key", AES_KEY, "--app-id", APP_ID,
          "--gh", GH, "--connections", "3", "--duration", "700ms", "--warmup", "200ms", "--residents", "50",
          "--expect-reply", "--driver", "java");

      String output = out.toString(StandardCharsets.UTF_8);
      assertThat(exit).as(output).isZero();
      assertThat(output).contains("baseline GET verify", "POST text plain", "POST text safe", "of the bare-endpoint");
      String json = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
      assertThat(json).startsWith("{\"tool\":\"wechat-load\",\"connections\":3").contains("\"errors\":0");
      assertThat(portal.received()).extracting(m -> m.getFromUser()).allMatch(openid -> openid.startsWith("oLOAD"));
    }
  }

  @Test
  void refusesTargetsOffThisMachine() {
    int exit = run("--url", "http://192.0.2.1/wx/portal/x", "--token", TOKEN);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("loopback");
  }

  @Test
  void readsWrkResults() {
    String wrkOutput = """
        Running 15s test @ http://127.0.0.1:8080
          2 threads and 64 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    11.20ms   20.10ms 407.86ms   93.10%
            Req/Sec     2.92k   512.00     4.10k    70.00%
          Latency Distribution
             50%   10.53ms
             75%   20.00ms
             90%   49.09ms
             99%  149.55ms
          87793 requests in 15.10s, 60.00MB read
          Non-2xx or 3xx responses: 12
        Requests/sec:   5814.10
        """;
    LoadTool.Settings settings = LoadTool.settings(CliOptions.parse(new String[] {"--url", "http://127.0.0.1:1/wx/portal/x",
        "--token", TOKEN, "--driver", "java"}, java.util.Set.of("url", "token", "driver"), java.util.Set.of()));

    LoadTool.Stats stats = new WrkDriver(settings, new PrintStream(out)).parse("POST text safe", wrkOutput);

    assertThat(stats.requests()).isEqualTo(87793);
    assertThat(stats.seconds()).isEqualTo(15.10);
    assertThat(stats.p50()).isEqualTo(10.53);
    assertThat(stats.p99()).isEqualTo(149.55);
    assertThat(stats.max()).isEqualTo(407.86);
    assertThat(stats.errors()).isEqualTo(12);
  }
}
