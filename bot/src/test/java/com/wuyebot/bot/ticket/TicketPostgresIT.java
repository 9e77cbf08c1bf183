package com.wuyebot.bot.ticket;

import com.wuyebot.bot.testsupport.AdminApi;
import static com.wuyebot.bot.testsupport.AdminApi.repair;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Tickets on PostgreSQL: numbers and request keys under concurrent openings, the API, events. */
@RecordApplicationEvents
class TicketPostgresIT extends RunningBotOnPostgres {

  @Autowired
  TicketService tickets;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ApplicationEvents events;

  @Test
  void concurrentOpeningsGetDistinctGaplessNumbers() throws Exception {
    String community = "并发-" + UUID.randomUUID();
    int threads = 6;
    int each = 10;

    List<String> numbers = race(threads, t -> IntStream.range(0, each)
        .mapToObj(i -> tickets.open(complaint(community, null), "it").number()).toList())
        .stream().flatMap(List::stream).toList();

    String prefix = "TS" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
    Set<String> distinct = new TreeSet<>(numbers);
    assertThat(distinct).hasSize(threads * each).allSatisfy(n -> assertThat(n).startsWith(prefix));
    List<Integer> sequences = jdbc.queryForList("select ticket_number from ticket where ticket_type = 'COMPLAINT'", String.class)
        .stream().map(n -> Integer.parseInt(n.substring(prefix.length()))).sorted().toList();
    assertThat(sequences).isEqualTo(IntStream.rangeClosed(1, sequences.size()).boxed().toList());
  }

  @Test
  void retriesOfOneRequestRacingEachOtherOpenOneTicket() throws Exception {
    String community = "重试-" + UUID.randomUUID();
    String key = "msg-" + UUID.randomUUID();

    List<String> numbers = race(6, t -> tickets.open(complaint(community, key), "it").number());

    assertThat(new TreeSet<>(numbers)).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from ticket where community = ?", Integer.class, community)).isEqualTo(1);
  }

  @Test
  void publishesWhatHappensToATicket() {
    String community = "事件-" + UUID.randomUUID();
    AdminApi api = new AdminApi(port);
    api.teamOnDutyAllWeek(community, "水电", "王师傅");

    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, "水电", TicketPriority.URGENT, community,
        "1栋101", null, "停水了", List.of(), "wxapp", "o-1", null, null, TicketChannel.WECHAT), "resident");
    tickets.start(ticket.number(), "王师傅");
    tickets.resolve(ticket.number(), "阀门已开", "王师傅");
    tickets.reopen(ticket.number(), "又停了", "resident");
    Ticket other = tickets.open(complaint(community, null), "resident");
    tickets.cancelByResident(other.number(), "wxapp", "o-complainer", "已解决");

    assertThat(events.stream(TicketOpened.class).filter(e -> e.community().equals(community))).hasSize(2);
    assertThat(events.stream(TicketAssigned.class).filter(e -> e.number().equals(ticket.number())))
        .singleElement().satisfies(e -> assertThat(e.automatic()).isTrue());
    assertThat(events.stream(TicketResolved.class)).singleElement().extracting(TicketResolved::note).isEqualTo("阀门已开");
    assertThat(events.stream(TicketReopened.class)).singleElement().extracting(TicketReopened::openId).isEqualTo("o-1");
    assertThat(events.stream(TicketCancelled.class)).singleElement().extracting(TicketCancelled::number).isEqualTo(other.number());
  }

  @Test
  void theApiWorksOnPostgres() {
    String community = "接口-" + UUID.randomUUID();
    AdminApi api = new AdminApi(port);
    long[] members = api.teamOnDutyAllWeek(community, "水电", "王师傅", "李师傅");

    JsonNode opened = api.created("/api/tickets", repair(community, "水电", "k-" + UUID.randomUUID()));
    String path = "/api/tickets/" + opened.get("number").asString();
    api.created(path + "/transitions", "{\"action\":\"START\"}");
    JsonNode merged = api.created("/api/tickets", repair(community, "水电", null));
    JsonNode afterMerge = api.created("/api/tickets/" + merged.get("number").asString() + "/transitions",
        "{\"action\":\"MERGE\",\"mergeInto\":\"" + opened.get("number").asString() + "\"}");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonNode list = api.get("/api/tickets?community=" + community + "&assigneeId=" + opened.get("assignee").get("id").asLong()
        + "&from=" + today + "&to=" + today + "&status=IN_PROGRESS").body();

    assertThat(afterMerge.get("status").asString()).isEqualTo("MERGED");
    assertThat(afterMerge.get("mergedInto").asString()).isEqualTo(opened.get("number").asString());
    assertThat(list.get("items")).singleElement().satisfies(t -> assertThat(t.get("number").asString()).isEqualTo(opened.get("number").asString()));
    assertThat(api.get(path).body().get("comments").get(0).get("body").asString()).contains(merged.get("number").asString());
    assertThat(members).contains(opened.get("assignee").get("id").asLong());
  }

  private static OpenTicketCommand complaint(String community, String requestKey) {
    return new OpenTicketCommand(requestKey, TicketType.COMPLAINT, "其他", null, community, null, "小区门口",
        "保安态度不好", List.of(), "wxapp", "o-complainer", null, null, TicketChannel.WECHAT);
  }

  interface Work<T> {
    T run(int thread) throws Exception;
  }

  /** Runs the work on that many threads released at the same moment. */
  private static <T> List<T> race(int threads, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<T> task = () -> {
          start.await();
          return work.run(thread);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
