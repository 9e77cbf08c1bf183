package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.bot.testsupport.TwoBots;
import com.wuyebot.bot.ticket.OpenTicketCommand;
import com.wuyebot.bot.ticket.Staff;
import com.wuyebot.bot.ticket.StaffDirectory;
import com.wuyebot.bot.ticket.Team;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketChannel;
import com.wuyebot.bot.ticket.TicketService;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.integration.tools.PushMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database: planning the same resolution on both at once makes one survey
 * and one trigger, and the question step running on both at once (a recovered job) asks once.
 */
class SurveyTwoInstancesIT {

  @Test
  void oneSurveyAndOneQuestionPerTicketAcrossInstances() throws Exception {
    ExecutorService both = Executors.newFixedThreadPool(2);
    try (TwoBots bots = TwoBots.start()) {
      String openId = TestAccounts.newOpenId();
      bots.api().follower(openId);
      // the resident wrote a moment ago: the question goes out as a chat message
      TwoBots.wechat(bots.b()).push(PushMessage.text(openId, "你好"));
      Ticket ticket = resolvedRepair(bots.a(), openId);
      JdbcTemplate jdbc = bots.a().getBean(JdbcTemplate.class);
      // as if the resolution had reached both instances: no survey yet, both plan it at once
      Long planned = jdbc.queryForObject("select id from survey where ticket_number = ?", Long.class, ticket.number());
      bots.a().getBean(Scheduler.class).unscheduleJobs(jdbc.queryForList(
          "select trigger_name from qrtz_triggers where trigger_group = 'survey' and trigger_name like ?", String.class,
          "%-" + planned + "%").stream().map(name -> TriggerKey.triggerKey(name, TimedSteps.GROUP)).toList());
      jdbc.update("delete from survey where id = ?", planned);

      List<Optional<Survey>> surveys = atOnce(both,
          () -> bots.a().getBean(SurveyScheduler.class).plan(ticket.number()),
          () -> bots.b().getBean(SurveyScheduler.class).plan(ticket.number()));

      assertThat(surveys).allSatisfy(s -> assertThat(s).isPresent());
      long id = surveys.get(0).orElseThrow().id();
      assertThat(surveys.get(1).orElseThrow().id()).isEqualTo(id);
      assertThat(jdbc.queryForObject("select count(*) from survey where ticket_number = ?", Integer.class, ticket.number()))
          .isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers where trigger_name = ?", Integer.class,
          "survey_ask-" + id)).isEqualTo(1);

      atOnce(both, () -> {
        bots.a().getBean(SurveyService.class).ask(id);
        return null;
      }, () -> {
        bots.b().getBean(SurveyService.class).ask(id);
        return null;
      });

      Thread.sleep(500);
      assertThat(bots.api().sentMessagesTo(openId)).filteredOn(m -> m.content() != null
          && m.content().contains("请为本次服务打个分")).hasSize(1);
      assertThat(jdbc.queryForObject("select count(*) from outbound_message where purpose = ?", Integer.class,
          "survey:" + id + ":ask")).isEqualTo(1);
      assertThat(bots.b().getBean(SurveyService.class).ofTicket(ticket.number()).orElseThrow().status())
          .isEqualTo(SurveyStatus.ASKED);
    } finally {
      both.shutdownNow();
    }
  }

  private static Ticket resolvedRepair(ConfigurableApplicationContext bot, String openId) {
    StaffDirectory staff = bot.getBean(StaffDirectory.class);
    TicketService tickets = bot.getBean(TicketService.class);
    String community = "双实例小区-" + UUID.randomUUID();
    Team team = staff.addTeam("水电组", community, List.of("水电"));
    Staff worker = staff.addMember(team.id(), "王师傅", "13800000000", null, false);
    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, "水电", null, community, "3栋2单元502",
        null, "厨房水管漏水", List.of(), TestAccounts.SAFE_APP_ID, openId, null, null, TicketChannel.WECHAT), "resident");
    tickets.assign(ticket.number(), worker.id(), "dispatcher");
    tickets.start(ticket.number(), "王师傅");
    return tickets.resolve(ticket.number(), "更换了水管接头", "王师傅");
  }

  @SafeVarargs
  private static <T> List<T> atOnce(ExecutorService pool, Callable<T>... calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = Arrays.stream(calls).map(call -> pool.submit(() -> {
      start.await();
      return call.call();
    })).toList();
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
