package com.wuyebot.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With Redis unreachable the bot still answers residents, and health says what is wrong. */
@TestPropertySource(properties = {"redis.url=redis://127.0.0.1:1", "redis.timeout=200ms"})
class RedisOutageIT extends RunningBot {


  @Test
  void answersWithoutDedupAndReportsTheStateStoreDown() throws Exception {
    PushResult result = TestAccounts.safe(port).push(PushMessage.subscribe(TestAccounts.newOpenId()));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.reply().content()).contains("欢迎关注");
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("\"stateStore\":{\"details\":{\"store\":\"redis\"},\"status\":\"DOWN\"}");
  }
}
