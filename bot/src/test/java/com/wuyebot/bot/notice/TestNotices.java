package com.wuyebot.bot.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/** Notices and settings for unit tests. */
final class TestNotices {

  static final String APP = "wx-app";

  private TestNotices() {
  }

  /** The defaults of {@code bot.notice}, with a template, overridden by name/value pairs. */
  static NoticeProperties properties(String... overrides) {
    Map<String, String> values = new HashMap<>();
    values.put("bot.notice.template.template-id", "tpl-notice");
    for (int i = 0; i < overrides.length; i += 2) {
      values.put("bot.notice." + overrides[i], overrides[i + 1]);
    }
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("bot.notice", NoticeProperties.class);
  }

  static Notice waterCut(long id, NoticeChannel channel) {
    Notice notice = new Notice(new NoticeDraft(APP, NoticeKind.NOTICE, "3号楼明天上午九点至十二点停水请提前储水备用", "因管道维修停水。",
        null, null, null, null, false, Target.followers(), channel), "manager", Instant.parse("2026-12-01T01:00:00Z"));
    ReflectionTestUtils.setField(notice, "id", id);
    return notice;
  }

  /** An activity with sign-up and two places, out since its creation. */
  static Notice dumplings(long id, Instant startsAt) {
    Notice notice = new Notice(new NoticeDraft(APP, NoticeKind.ACTIVITY, "冬至包饺子", "社区活动室一起包饺子。", startsAt, null,
        "社区活动室", 2, true, Target.followers(), NoticeChannel.TEMPLATE), "manager", startsAt.minusSeconds(86_400 * 3));
    ReflectionTestUtils.setField(notice, "id", id);
    return notice;
  }

  /** Links that sign as the bot does; checking one needs the delivery record, which these tests do not have. */
  static NoticeLinks links() {
    return new NoticeLinks("test-secret", Duration.ofDays(3), "https://wuye.example.com", null, Clock.systemUTC());
  }

  static ClaimedDelivery delivery(long id, long noticeId, String openId, int attempts) {
    return new ClaimedDelivery(id, noticeId, APP, openId, attempts, "claim-1", "first-claim");
  }
}
