package com.wuyebot.bot.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.bot.testsupport.RunningBotOnPostgres;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqImport;
import java.io.InputStream;
import java.util.List;
import com.wuyebot.integration.tools.PushMessage;
import com.wuyebot.integration.tools.PushResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema migrates on PostgreSQL and follows and unfollows are stored there. */
class PostgresIT extends RunningBotOnPostgres {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  FaqCatalog catalog;

  @Test
  void recordsFollowsAndUnfollowsInPostgres() {
    String openId = TestAccounts.newOpenId();

    PushResult follow = TestAccounts.safe(port).push(PushMessage.subscribe(openId));
    TestAccounts.safe(port).push(PushMessage.unsubscribe(openId).withCreateTime(System.currentTimeMillis() / 1000 + 1));

    assertThat(follow.reply().content()).contains("欢迎关注");
    assertThat(jdbc.queryForObject("select subscribed from resident where open_id = ?", Boolean.class, openId)).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from resident where open_id = ?", Integer.class, openId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(DATABASE.schema());
  }

  @Test
  void storesFaqEntriesAndAnswersFromThemOnPostgres() throws Exception {
    try (InputStream file = PostgresIT.class.getResourceAsStream("/faq/test-kb.jsonl")) {
      catalog.saveAll(FaqImport.fromJsonLines(file, null).entries());
    }
    catalog.saveAll(List.of(FaqEntry.of("pg-water", "水电", "停水通知在哪里看？", List.of(),
        "停水通知会提前一天在公众号和单元门口公告栏发布。", List.of("停水"))));
    catalog.disable("pg-water");

    String reply = TestAccounts.safe(port).push(PushMessage.text(TestAccounts.newOpenId(), "门禁卡丢了怎么补办")).reply().content();

    assertThat(reply).contains("工本费20元");
    assertThat(jdbc.queryForObject("select count(distinct revision) from faq_entry", Integer.class)).isEqualTo(8);
    assertThat(catalog.get("pg-water").enabled()).isFalse();
  }
}
