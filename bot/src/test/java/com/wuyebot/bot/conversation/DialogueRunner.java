package com.wuyebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wuyebot.bot.conversation.Dialogue.Directive;
import com.wuyebot.bot.conversation.Dialogue.Line;
import com.wuyebot.bot.conversation.Dialogue.Say;
import com.wuyebot.bot.resident.HouseAddress;
import com.wuyebot.bot.resident.HouseBinding;
import com.wuyebot.bot.testsupport.AdminApi;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.tools.Envelope;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import com.wuyebot.integration.tools.Signing;
import com.wuyebot.integration.tools.WechatPushClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plays a {@link Dialogue} against running instances and checks every line. */
final class DialogueRunner {

  private static final AtomicLong MSG_IDS = new AtomicLong(7_100_000_000_000L + System.nanoTime() % 1_000_000_000L);

  /** One bot instance: its port and its application context. */
  record Instance(int port, ApplicationContext context) {
  }

  private final Map<String, Instance> instances;
  private final FakeWechatApi api;
  private final Instance first;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final RecordingHandoff handoff;
  private final Map<String, String> openIds = new HashMap<>();
  private final Map<String, Envelope> lastEnvelope = new HashMap<>();
  private final Map<String, String> lastReply = new HashMap<>();
  private final String community = "社区" + UUID.randomUUID().toString().substring(0, 8);

  DialogueRunner(Map<String, Instance> instances, FakeWechatApi api) {
    this.instances = instances;
    this.api = api;
    this.first = instances.get("a");
    this.jdbc = first.context().getBean(JdbcTemplate.class);
    this.clock = first.context().getBean(Clock.class);
    this.handoff = first.context().getBeanProvider(RecordingHandoff.class).getIfAvailable();
  }

  void play(Dialogue dialogue) {
    for (Line line : dialogue.lines()) {
      String where = dialogue.name() + ", line " + line.number();
      if (line instanceof Say say) {
        say(say, where);
      } else {
        directive((Directive) line, where);
      }
    }
  }

  private void say(Say say, String where) {
    String openId = openId(say.resident());
    Instance instance = instances.get(say.instance());
    WechatPushClient client = TestAccounts.safe(instance.port());
    Envelope envelope;
    if (say.message().equals("<again>")) {
      envelope = lastEnvelope.get(say.resident());
    } else {
      PushMessage message = say.message().startsWith("<image ")
          ? PushMessage.image(openId, "http://mmbiz.example/p.jpg", say.message().substring(7, say.message().length() - 1))
          : PushMessage.text(openId, text(say.message()));
      envelope = client.envelope(message.withMsgId(MSG_IDS.incrementAndGet()).withCreateTime(clock.instant().getEpochSecond()));
    }
    PushResult result = client.deliver(envelope, Signing.at(Long.toString(clock.instant().getEpochSecond()),
        Integer.toString(100_000_000 + (int) (MSG_IDS.get() % 800_000_000))));
    assertThat(result.status()).as("%s: HTTP status", where).isEqualTo(200);
    String reply = result.reply() == null ? "" : result.reply().content();
    if (say.message().equals("<again>")) {
      assertThat(reply).as("%s: a retry answers as the first delivery", where).isEqualTo(lastReply.get(say.resident()));
    }
    lastEnvelope.put(say.resident(), envelope);
    lastReply.put(say.resident(), reply);
    if (!say.reply().equals("-")) {
      assertThat(Pattern.compile(text(say.reply()), Pattern.DOTALL).matcher(reply).find())
          .as("%s: reply %s matches %s", where, reply, say.reply()).isTrue();
    }
    if (!say.state().equals("-")) {
      Session session = first.context().getBean(SessionStore.class).load(TestAccounts.SAFE_APP_ID, openId);
      String state = session.flow == Session.Flow.NONE ? "NONE" : session.flow + "/" + session.step;
      assertThat(state).as("%s: session after %s", where, say.message()).isEqualTo(say.state());
    }
    if (!say.ticket().equals("-")) {
      checkTicket(say.resident(), say.ticket(), where);
    }
  }

  private void checkTicket(String resident, String expected, String where) {
    String openId = openId(resident);
    List<Map<String, Object>> tickets = jdbc.queryForList("""
        select t.ticket_type as type, t.category, t.priority, t.status, t.house, t.location, t.community, t.photos,
               t.preferred_time as time, t.urge_count as urges, s.name as assignee, t.description,
               (select count(*) from ticket_comment c where c.ticket_id = t.id and c.visible_to_resident) as comments
        from ticket t left join staff s on s.id = t.assignee_id where t.open_id = ? order by t.id desc""", openId);
    for (String pair : expected.split("\\s+")) {
      String[] kv = pair.split("=", 2);
      String value = text(kv[1]);
      if (kv[0].equals("count")) {
        assertThat(tickets).as("%s: tickets of %s", where, resident).hasSize(Integer.parseInt(value));
        continue;
      }
      assertThat(tickets).as("%s: a ticket of %s", where, resident).isNotEmpty();
      Object actual = tickets.get(0).get(kv[0]);
      if (kv[0].equals("description")) {
        assertThat(String.valueOf(actual)).as("%s: description", where).contains(value);
      } else {
        assertThat(String.valueOf(actual)).as("%s: ticket %s", where, kv[0]).isEqualTo(value);
      }
    }
  }

  private void directive(Directive directive, String where) {
    List<String> args = directive.arguments();
    switch (directive.verb()) {
      case "household" -> importHouseholds(String.join(",", community, args.get(0), args.get(1), args.get(2), args.get(3),
          args.get(4)), where);
      case "bound" -> {
        importHouseholds(String.join(",", community, args.get(1), args.get(2), args.get(3), "住户", "13900001111"), where);
        HouseBinding binding = first.context().getBean(HouseBinding.class);
        assertThat(binding.bind(TestAccounts.SAFE_APP_ID, openId(args.get(0)),
            new HouseAddress(community, args.get(1), args.get(2), args.get(3)), "13900001111").outcome())
            .as(where).isEqualTo(HouseBinding.Outcome.BOUND);
      }
      case "staff" -> {
        AdminApi admin = new AdminApi(first.port());
        long team = admin.created("/api/teams", "{\"name\":\"客服维修组\",\"community\":\"" + community
            + "\",\"categories\":[\"管道\",\"水电\",\"门窗\",\"燃气\",\"其他\",\"投诉\",\"表扬\",\"建议\"]}").get("id").asLong();
        for (String name : args) {
          long staff = admin.created("/api/staff", "{\"teamId\":" + team + ",\"name\":\"" + name + "\",\"phone\":\"13700000000\"}")
              .get("id").asLong();
          for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            admin.created("/api/roster", "{\"staffId\":" + staff + ",\"weekday\":\"" + day + "\",\"shift\":\"ALL_DAY\"}");
          }
        }
      }
      case "work" -> {
        String number = jdbc.queryForObject("select ticket_number from ticket where open_id = ? order by id desc limit 1",
            String.class, openId(args.get(0)));
        for (String action : args.subList(1, args.size())) {
          AdminApi.Response response = new AdminApi(first.port()).post("/api/tickets/" + number + "/transitions",
              "{\"action\":\"" + action + "\",\"note\":\"处理完毕\"}");
          assertThat(response.status()).as("%s: %s %s", where, action, response.body()).isEqualTo(200);
        }
      }
      case "faq" -> {
        new AdminApi(first.port()).importTestKnowledgeBase();
        com.wuyebot.bot.knowledge.FaqLookup faq = first.context().getBean(com.wuyebot.bot.knowledge.FaqLookup.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> faq.tryQuestion(args.get(0), null).kind()
            == com.wuyebot.knowledge.search.Decision.Kind.ANSWER);
      }
      case "clock" -> {
        assertThat(clock).as("%s: the context runs on a RunningClock", where).isInstanceOf(RunningClock.class);
        ((RunningClock) clock).advance(Duration.parse("PT" + args.get(0).substring(1).toUpperCase()));
      }
      case "handoff" -> {
        assertThat(handoff).as("%s: a recording HumanHandoff", where).isNotNull();
        String openId = openId(args.get(0));
        List<HumanHandoff.Reason> reasons = handoff.reasonsOf(openId);
        if (args.get(1).equals("none")) {
          assertThat(reasons).as(where).isEmpty();
        } else {
          assertThat(reasons).as(where).contains(HumanHandoff.Reason.valueOf(args.get(1)));
        }
      }
      case "media" -> api.media(args.get(0), "photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3});
      case "photos" -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
          select count(*) from ticket_photo p join ticket t on t.ticket_number = p.ticket_number
          where t.open_id = ? and p.status = ?""", Integer.class, openId(args.get(0)), args.get(1)))
          .as(where).isEqualTo(Integer.parseInt(args.get(2))));
      case "praises" -> {
        long staff = jdbc.queryForObject("select s.id from staff s join team t on t.id = s.team_id where s.name = ? and t.community = ?",
            Long.class, args.get(0), community);
        AdminApi.Response praises = new AdminApi(first.port()).get("/api/staff/" + staff + "/praises");
        assertThat(praises.status()).as(where).isEqualTo(200);
        assertThat(praises.body().size()).as("%s: praises of %s", where, args.get(0)).isEqualTo(Integer.parseInt(args.get(1)));
      }
      default -> throw new IllegalArgumentException(where + ": unknown directive " + directive.verb());
    }
  }

  private void importHouseholds(String row, String where) {
    AdminApi.Response response = new AdminApi(first.port()).postText("/api/households/import", "text/csv",
        "community,building,unit,room,name,phone\n" + row + "\n");
    assertThat(response.status()).as("%s: import %s", where, response.body()).isEqualTo(200);
  }

  /** {community} in a message or pattern stands for this dialogue's own community. */
  private String text(String written) {
    return written.replace("{community}", community);
  }

  private String openId(String resident) {
    return openIds.computeIfAbsent(resident, r -> TestAccounts.newOpenId());
  }
}
