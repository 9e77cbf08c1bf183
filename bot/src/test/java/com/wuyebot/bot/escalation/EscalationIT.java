package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsoleClient;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.conversation.HumanHandoff;
import com.wuyebot.bot.conversation.HumanHandoff.Reason;
import com.wuyebot.bot.testsupport.ConsoleBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.wording.Wording;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EscalationIT extends ConsoleBot {

  private static final String APP = TestAccounts.SAFE_APP_ID;

  @Autowired
  HumanHandoff handoff;
  @Autowired
  AgentDesk desk;
  @Autowired
  Escalations escalations;
  @Autowired
  EscalationTimeouts timeouts;
  @Autowired
  Inbox inbox;
  @Autowired
  TicketService tickets;
  @Autowired
  Wording wording;
  @Autowired
  DeskLoad load;

  @Test
  void queuesTheResidentAndKeepsTheBotSilentUntilTheAgentClosesIt() {
    String openId = TestAccounts.newOpenId();

    String told = handoff.requestHuman(ResidentMessages.text(openId, "人工"), Reason.ASKED);

    assertThat(told).contains("已为您转接人工客服，您是下一位");
    Escalation escalation = escalations.openFor(APP, openId).orElseThrow();
    assertThat(escalation.status()).isEqualTo(EscalationStatus.WAITING);
    assertThat(ResidentMessages.say(port, openId, "我家门口的灯坏了")).isEqualTo(wording.text("escalation.holdOn"));
    assertThat(ResidentMessages.say(port, openId, "还有电梯也有异响")).isEmpty();

    ConsoleActor agent = agent();
    desk.claim(escalation.id(), agent);
    desk.reply(escalation.id(), "您好，我们马上安排师傅", agent);
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && "您好，我们马上安排师傅".equals(m.content()), Duration.ofSeconds(10));
    assertThat(ResidentMessages.say(port, openId, "好的谢谢")).isEmpty();
    assertThat(escalations.transcriptOf(escalation.id()))
        .filteredOn(entry -> entry.authorKind() == TranscriptEntry.AuthorKind.RESIDENT)
        .extracting(TranscriptEntry::body)
        .containsExactly("人工", "我家门口的灯坏了", "还有电梯也有异响", "好的谢谢");

    desk.close(escalation.id(), agent);

    api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null && m.content().contains("人工服务已结束"),
        Duration.ofSeconds(10));
    assertThat(escalations.openFor(APP, openId)).isEmpty();
    String botAgain = ResidentMessages.say(port, openId, "物业电话多少");
    assertThat(botAgain).isNotBlank().isNotEqualTo(wording.text("escalation.holdOn"));
  }

  @Test
  void askingAgainWhileQueuedTellsThePlaceAndRecordsEachMessageOnce() {
    String openId = TestAccounts.newOpenId();
    InboundMessage first = ResidentMessages.text(openId, "转人工");
    handoff.requestHuman(first, Reason.ASKED);

    String again = handoff.requestHuman(ResidentMessages.text(openId, "人工客服在吗"), Reason.ASKED);
    handoff.requestHuman(first, Reason.ASKED);

    assertThat(again).contains("您已在人工客服的队列中");
    assertThat(jdbc.queryForObject("select count(*) from escalation where open_id = ?", Long.class, openId)).isEqualTo(1);
    Escalation escalation = escalations.openFor(APP, openId).orElseThrow();
    assertThat(escalations.transcriptOf(escalation.id())).extracting(TranscriptEntry::body)
        .containsExactly("转人工", "人工客服在吗");
  }

  @Test
  void exactlyOneOfTwoAgentsClaimingAtOnceWins() throws Exception {
    String openId = TestAccounts.newOpenId();
    handoff.requestHuman(ResidentMessages.text(openId, "人工"), Reason.BOT_FAILED);
    long id = escalations.openFor(APP, openId).orElseThrow().id();
    List<ConsoleActor> agents = List.of(agent(), agent(), agent(), agent());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(agents.size());
    List<Future<Boolean>> claims = new ArrayList<>();
    try {
      for (ConsoleActor agent : agents) {
        Callable<Boolean> claim = () -> {
          start.await();
          try {
            desk.claim(id, agent);
            return true;
          } catch (EscalationConflictException e) {
            return false;
          }
        };
        claims.add(pool.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    Escalation claimed = escalations.get(id);
    assertThat(claimed.status()).isEqualTo(EscalationStatus.ACTIVE);
    assertThat(agents).extracting(ConsoleActor::username).contains(claimed.agent());
  }

  @Test
  void anAgentTakesNoMoreConversationsThanTheirCapacity() {
    ConsoleActor agent = agent();
    for (int i = 0; i < 3; i++) {
      String openId = TestAccounts.newOpenId();
      handoff.requestHuman(ResidentMessages.text(openId, "人工"), Reason.ASKED);
      desk.claim(escalations.openFor(APP, openId).orElseThrow().id(), agent);
    }
    String fourth = TestAccounts.newOpenId();
    handoff.requestHuman(ResidentMessages.text(fourth, "人工"), Reason.ASKED);

    assertThatThrownBy(() -> desk.claim(escalations.openFor(APP, fourth).orElseThrow().id(), agent))
        .isInstanceOf(EscalationConflictException.class).hasMessageContaining("上限");
    assertThat(load.lastDays(14)).hasSize(14).last().satisfies(today -> assertThat(today.requested()).isGreaterThanOrEqualTo(4));
  }

  @Test
  void aConversationNobodyTakesGoesBackToTheBotWithACallbackTicket() {
    String openId = TestAccounts.newOpenId();
    handoff.requestHuman(ResidentMessages.text(openId, "我要找人工"), Reason.ASKED);
    ResidentMessages.say(port, openId, "有人吗");
    long id = escalations.openFor(APP, openId).orElseThrow().id();
    jdbc.update("update escalation set last_activity_at = last_activity_at - interval '3' hour where id = ?", id);

    timeouts.sweep();
    timeouts.sweep();

    Escalation closed = escalations.get(id);
    assertThat(closed.status()).isEqualTo(EscalationStatus.CLOSED);
    assertThat(closed.closeReason()).isEqualTo(CloseReason.TIMEOUT);
    List<Ticket> callbacks = tickets.ofResident(APP, openId);
    assertThat(callbacks).singleElement().extracting(Ticket::category).isEqualTo("人工回电");
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null
        && m.content().contains(callbacks.get(0).number()), Duration.ofSeconds(10));
  }

  @Test
  void anIdleAgentConversationTimesOutWhenTheResidentWritesAgain() {
    String openId = TestAccounts.newOpenId();
    handoff.requestHuman(ResidentMessages.text(openId, "人工"), Reason.ASKED);
    long id = escalations.openFor(APP, openId).orElseThrow().id();
    desk.claim(id, agent());
    jdbc.update("update escalation set last_activity_at = last_activity_at - interval '31' minute where id = ?", id);

    String reply = ResidentMessages.say(port, openId, "物业电话多少");

    assertThat(reply).isNotBlank();
    assertThat(escalations.get(id).closeReason()).isEqualTo(CloseReason.TIMEOUT);
    api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content() != null && m.content().contains("较长时间没有新消息"),
        Duration.ofSeconds(10));
  }

  @Test
  void aConversationWaitingTooLongIsFlaggedOnce() {
    String openId = TestAccounts.newOpenId();
    handoff.requestHuman(ResidentMessages.text(openId, "人工"), Reason.URGENT);
    long id = escalations.openFor(APP, openId).orElseThrow().id();
    jdbc.update("update escalation set requested_at = requested_at - interval '6' minute where id = ?", id);

    timeouts.sweep();
    Object firstAlert = jdbc.queryForObject("select alerted_at from escalation where id = ?", Object.class, id);
    timeouts.sweep();

    assertThat(firstAlert).isNotNull();
    assertThat(jdbc.queryForObject("select alerted_at from escalation where id = ?", Object.class, id)).isEqualTo(firstAlert);
    ConsoleActor agent = agent();
    assertThat(inbox.rows(agent)).filteredOn(row -> row.id() == id).singleElement()
        .satisfies(row -> assertThat(row.overdue()).isTrue());
  }

  @Test
  void aConsoleStreamAnswersAtOnceSoThePageKnowsItIsLive() throws Exception {
    ConsoleClient agent = ConsoleClient.signedIn(port, ConsoleClient.newUser(port, ConsoleRole.AGENT));
    try (BufferedReader stream =
        new BufferedReader(new InputStreamReader(agent.events("/console/stream"), StandardCharsets.UTF_8))) {
      // without the opening comment the first line would be the keep-alive, 20 seconds later
      assertThat(stream.readLine()).isEqualTo(":open");
    }
  }

  private ConsoleActor agent() {
    String username = ConsoleClient.newUser(port, ConsoleRole.AGENT);
    return new ConsoleActor(username, "客服" + username.substring(username.length() - 4), ConsoleRole.AGENT);
  }
}
