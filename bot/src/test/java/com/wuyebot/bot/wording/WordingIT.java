package com.wuyebot.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators edit what residents read; residents read the edit at once, and a reset restores it. */
class WordingIT extends RunningBot {

  private AdminApi api;

  @BeforeEach
  void setUp() {
    api = new AdminApi(port);
  }

  @AfterEach
  void restore() {
    api.delete("/api/wording/conversation.greeting");
  }

  @Test
  void anEditedSentenceIsWhatResidentsReadAndAResetRestoresTheDefault() {
    AdminApi.Response changed = api.put("/api/wording/conversation.greeting", "{\"text\":\"您好，有事请拨打{deskPhone}找值班管家小李。\"}");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("changed").asBoolean()).isTrue();
    assertThat(changed.body().get("updatedBy").asString()).isEqualTo("admin");
    assertThat(TestAccounts.say(port, TestAccounts.newOpenId(), "你好")).isEqualTo("您好，有事请拨打400-800-1234找值班管家小李。");

    assertThat(api.delete("/api/wording/conversation.greeting").status()).isEqualTo(200);
    assertThat(TestAccounts.say(port, TestAccounts.newOpenId(), "你好")).contains("智能物业助手");
  }

  @Test
  void refusesEditsThatWouldBreakTheSentence() {
    assertThat(api.put("/api/wording/human", "{\"text\":\"请找{manager}\"}").status()).isEqualTo(400);
    assertThat(api.put("/api/wording/human", "{\"text\":\"  \"}").status()).isEqualTo(400);
    assertThat(api.put("/api/wording/human", "{\"text\":\"" + "长".repeat(Wording.MAX_TEXT + 1) + "\"}").status()).isEqualTo(400);
    assertThat(api.put("/api/wording/no-such-key", "{\"text\":\"你好\"}").status()).isEqualTo(404);
  }

  @Test
  void listsEverySentenceWithItsPlaceholders() {
    AdminApi.Response list = api.get("/api/wording");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().valueStream().map(entry -> entry.get("key").asString())).contains("fallback", "human");
    assertThat(api.get("/api/wording/fallback").body().get("placeholders").toString()).contains("deskPhone");
  }
}
