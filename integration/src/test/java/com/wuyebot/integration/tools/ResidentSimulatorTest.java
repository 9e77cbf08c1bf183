package com.wuyebot.integration.tools;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.AES_KEY;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.APP_ID;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.GH;
import static com.wuyebot.integration.tools.WechatPushClientVectorsTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentSimulatorTest {

  private final EchoPortal portal = EchoPortal.start(TOKEN, AES_KEY, APP_ID);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void stopPortal() {
    portal.close();
  }

  private int run(String stdin, String... extra) {
    String[] base = {"--url", portal.url().toString(), "--token", TOKEN, "--aes-key", AES_KEY, "--app-id", APP_ID,
        "--gh", GH};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return ResidentSimulator.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void saySendsOneEncryptedTextAndPrintsTheReply() {
    int exit = run("", "--say", "物业费怎么交");

    assertThat(exit).isZero();
    assertThat(output()).contains("公众号 > 收到：物业费怎么交");
    assertThat(portal.received()).singleElement().satisfies(m -> {
      assertThat(m.getContent()).isEqualTo("物业费怎么交");
      assertThat(m.getFromUser()).startsWith("oSIM").hasSize(28);
    });
  }

  @Test
  void chatSendsTypedLinesAndCommandsUntilQuit() {
    int exit = run("电梯坏了\n/subscribe bld3_unit2\n/click MENU_REPAIR\n/retry\n/verify\n/quit\n不会发送\n",
        "--openid", "oXyZ1234567890abcdefghijklmn", "--mode", "compat");

    assertThat(exit).isZero();
    assertThat(output())
        .contains("公众号 > 收到：电梯坏了")
        .contains("《欢迎关注》")
        .contains("已转接人工客服 kf2001@" + GH)
        .contains("模拟微信重试")
        .contains("URL 验证通过")
        .doesNotContain("不会发送");
    assertThat(portal.received()).extracting(m -> m.getMsgType() + ":" + m.getEvent() + ":" + m.getEventKey())
        .containsExactly("text:null:null", "event:subscribe:qrscene_bld3_unit2", "event:CLICK:MENU_REPAIR",
            "event:CLICK:MENU_REPAIR");
  }

  @Test
  void showsWechatsErrorPromptWhenTheBotRefuses() {
    int exit = run("", "--say", "你好", "--token", "wrongToken");

    assertThat(exit).isEqualTo(1);
    assertThat(output()).contains("该公众号暂时无法提供服务，请稍后再试").contains("HTTP 403");
  }

  @Test
  void explainsUsageOnBadOptions() {
    int exit = run("", "--mode", "telepathy");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown mode").contains("usage: simulate");
  }
}
