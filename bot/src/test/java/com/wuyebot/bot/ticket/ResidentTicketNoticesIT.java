package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.testsupport.RunningBot;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.tools.PushMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident who reported something hears who took it and that it is done, once each. */
class ResidentTicketNoticesIT extends RunningBot {

  @Autowired
  TicketService tickets;

  @Autowired
  StaffDirectory staff;

  @Test
  void tellsTheResidentWhoTookTheRepairAndThatItIsDone() throws Exception {
    String openId = TestAccounts.newOpenId();
    api().follower(openId);
    // the resident wrote to the account a moment ago: the 48-hour window is open
    TestAccounts.safe(port).push(PushMessage.text(openId, "你好"));
    String community = "通知小区-" + UUID.randomUUID();
    Team team = staff.addTeam("水电组", community, List.of("水电"));
    Staff plumber = staff.addMember(team.id(), "王师傅", "13800000000", null, false);

    Ticket ticket = tickets.open(new OpenTicketCommand(null, TicketType.REPAIR, "水电", null, community, "3栋2单元502",
        null, "厨房水管漏水", List.of(), TestAccounts.SAFE_APP_ID, openId, "今天下午", null, TicketChannel.WECHAT), "resident");
    tickets.assign(ticket.number(), plumber.id(), "dispatcher");
    SentMessage assigned = api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content().contains("王师傅"),
        Duration.ofSeconds(10));
    tickets.start(ticket.number(), "王师傅");
    tickets.resolve(ticket.number(), "更换了水管接头", "王师傅");
    SentMessage resolved = api().awaitSentMessage(m -> openId.equals(m.toUser()) && m.content().contains("已处理完成"),
        Duration.ofSeconds(10));

    assertThat(assigned.content()).contains(ticket.number()).contains("水电组");
    assertThat(resolved.content()).contains(ticket.number()).contains("更换了水管接头");
    Thread.sleep(500);
    assertThat(api().sentMessagesTo(openId)).hasSize(2);
  }
}
