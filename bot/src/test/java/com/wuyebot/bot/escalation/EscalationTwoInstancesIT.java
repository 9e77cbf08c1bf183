package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.testsupport.TwoBots;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances sharing the database and Redis: consoles on one hear of the other's conversations; one claim wins. */
class EscalationTwoInstancesIT {

  static TwoBots bots;

  @BeforeAll
  static void start() {
    bots = TwoBots.start();
  }

  @AfterAll
  static void stop() {
    bots.close();
  }

  @Test
  void aConversationQueuedOnOneInstanceReachesTheConsolesOfTheOther() throws Exception {
    List<String> heardOnB = new CopyOnWriteArrayList<>();
    CountDownLatch inbox = new CountDownLatch(1);
    bots.b().getBean(InboxBroadcast.class).subscribe(event -> {
      heardOnB.add(event);
      if (event.equals("inbox")) {
        inbox.countDown();
      }
    });

    bots.a().getBean(Escalations.class).open(ResidentMessages.text(TestAccounts.newOpenId(), "人工"), HumanHandoff.Reason.ASKED);

    assertThat(inbox.await(5, TimeUnit.SECONDS)).as("events heard on b: %s", heardOnB).isTrue();
  }

  @Test
  void ofTwoAgentsOnTwoInstancesExactlyOneClaimsTheConversation() throws Exception {
    Escalation escalation = bots.a().getBean(Escalations.class)
        .open(ResidentMessages.text(TestAccounts.newOpenId(), "人工"), HumanHandoff.Reason.ASKED).escalation();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> onA = pool.submit(() -> claim(bots.a(), escalation.id(), "agent-on-a", go));
      Future<Boolean> onB = pool.submit(() -> claim(bots.b(), escalation.id(), "agent-on-b", go));
      go.countDown();

      assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdownNow();
    }
    String holder = bots.b().getBean(Escalations.class).get(escalation.id()).agent();
    assertThat(holder).isIn("agent-on-a", "agent-on-b");
  }

  private static boolean claim(ConfigurableApplicationContext instance, long id, String agent, CountDownLatch go)
      throws InterruptedException {
    go.await();
    try {
      instance.getBean(AgentDesk.class).claim(id, new ConsoleActor(agent, agent, ConsoleRole.AGENT));
      return true;
    } catch (EscalationConflictException e) {
      return false;
    }
  }
}
