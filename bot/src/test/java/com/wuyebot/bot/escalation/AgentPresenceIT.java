package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.console.AgentActivity;
import com.wuyebot.bot.console.ConsoleClient;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.console.Presence;
import com.wuyebot.bot.testsupport.ConsoleBot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent who closes the browser does not stay ONLINE: the sweep sets them OFFLINE and every inbox is told. */
class AgentPresenceIT extends ConsoleBot {

  @Autowired
  AgentActivity activity;

  @Autowired
  ConsoleUsers users;

  @Test
  void anAgentNotSeenForTheTimeoutIsSetOfflineAndOpenInboxesAreTold() throws Exception {
    String gone = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    ConsoleClient.signedIn(port, gone);
    assertThat(users.get(gone).presence()).isEqualTo(Presence.ONLINE);
    lastSeen(gone, Instant.now().minus(Duration.ofMinutes(10)));
    ConsoleClient watching = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.AGENT));

    try (BufferedReader stream =
        new BufferedReader(new InputStreamReader(watching.events("/console/stream"), StandardCharsets.UTF_8))) {
      assertThat(stream.readLine()).isEqualTo(":open");
      activity.setUnseenAgentsOffline();

      assertThat(users.get(gone).presence()).isEqualTo(Presence.OFFLINE);
      assertThat(stream.readLine()).isEmpty();
      assertThat(stream.readLine()).isEqualTo("event:inbox");
    }
  }

  @Test
  void anAgentWhoseConsoleIsInUseStaysOnline() {
    String working = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    Instant before = Instant.now().minusSeconds(1);
    ConsoleClient console = ConsoleClient.signedIn(port, working);
    assertThat(console.get("/console/inbox/list").status()).isEqualTo(200);
    // set ONLINE long ago, but its pages were requested just now
    jdbc.update("update console_user set presence_at = ? where username = ?",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), working);

    activity.setUnseenAgentsOffline();

    assertThat(users.get(working).presence()).isEqualTo(Presence.ONLINE);
    assertThat(jdbc.queryForObject("select seen_at from console_user where username = ?", Timestamp.class, working)
        .toInstant()).isAfter(before);
  }

  private void lastSeen(String username, Instant at) {
    jdbc.update("update console_user set seen_at = ?, presence_at = ? where username = ?", Timestamp.from(at),
        Timestamp.from(at), username);
  }
}
