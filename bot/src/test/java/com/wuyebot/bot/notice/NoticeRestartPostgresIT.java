package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import com.wuyebot.bot.testsupport.TestAccounts;
import com.wuyebot.integration.fake.FakeWechatApi;
import com.wuyebot.integration.fake.SentMessage;
import com.wuyebot.integration.testsupport.TestPostgres;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A 10,000-resident notice survives its instance going away in the middle of sending: the next instance on the
 * same database resumes from the delivery records and every targeted resident gets the notice exactly once,
 * counted at the fake WeChat API; residents outside the target get nothing. The second instance keeps its send
 * rate, measured from the fake's timestamps.
 */
class NoticeRestartPostgresIT {

  private static final int TARGETED = 10_000;
  /** The second instance sends at this rate (the first at full speed): measured at the fake, from its timestamps. */
  private static final int RATE = 300;

  @Test
  void everyTargetedResidentGetsTheNoticeExactlyOnceAcrossARestart() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> inCommunity = NoticeBot.openIds("o-" + run + "-in", TARGETED);
    List<String> elsewhere = NoticeBot.openIds("o-" + run + "-out", 500);
    TestPostgres.Database database = TestPostgres.freshSchema();
    try (FakeWechatApi api = new FakeWechatApi().app(TestAccounts.SAFE_APP_ID, TestAccounts.SAFE_SECRET)
        .template(NoticeBot.TEMPLATE).start()) {
      inCommunity.forEach(api::follower);
      elsewhere.forEach(api::follower);
      long noticeId;
      try (NoticeBot first = NoticeBot.start(database, api, "--bot.notice.rate-per-second=0")) {
        for (int building = 0; building < 10; building++) {
          NoticeBot.followers(database, "阳光花园-" + run, (building + 1) + "栋", inCommunity.subList(building * 1000, (building + 1) * 1000));
        }
        NoticeBot.followers(database, "翠苑-" + run, "1栋", elsewhere);
        noticeId = first.admin().created("/api/notices", """
            {"appId":"%s","kind":"NOTICE","title":"消防演练通知","body":"本周六上午10点小区举行消防演练，请大家配合。",
             "target":{"communities":["阳光花园-%s"]}}""".formatted(TestAccounts.SAFE_APP_ID, run)).get("id").asLong();
        JsonNode sending = first.admin().created("/api/notices/" + noticeId + "/send", "{}");
        assertThat(sending.get("status").asText()).isEqualTo("SENDING");
        assertThat(sending.get("targeted").asInt()).isEqualTo(TARGETED);
        api.awaitSentMessages(2_000, Duration.ofSeconds(60));
      }
      int sentBeforeRestart = api.sentMessages().size();
      assertThat(sentBeforeRestart).as("the first instance stopped in the middle").isLessThan(TARGETED);

      // what a crash (not a clean stop) leaves behind: claims whose lease ran out, some after WeChat accepted
      Timestamp leaseGone = Timestamp.from(Instant.now().minusSeconds(30));
      Timestamp claimedRecently = Timestamp.from(Instant.now().minusSeconds(90));
      int acceptedButNotMarked = NoticeBot.update(database, "UPDATE notice_delivery SET status = 'SENDING', next_attempt_at = ?, "
          + "claimed_at = ? WHERE id IN (SELECT id FROM notice_delivery WHERE notice_id = ? AND status = 'SENT' ORDER BY id LIMIT 50)",
          leaseGone, claimedRecently, noticeId);
      int claimedButNotSent = NoticeBot.update(database, "UPDATE notice_delivery SET status = 'SENDING', next_attempt_at = ?, "
          + "claimed_at = ?, first_claim = 'crashed', attempts = 1 WHERE id IN (SELECT id FROM notice_delivery WHERE notice_id = ? "
          + "AND status = 'PENDING' ORDER BY id LIMIT 50)", leaseGone, claimedRecently, noticeId);
      int claimedLongAgo = NoticeBot.update(database, "UPDATE notice_delivery SET status = 'SENDING', next_attempt_at = ?, "
          + "claimed_at = ? WHERE id IN (SELECT id FROM notice_delivery WHERE notice_id = ? AND status = 'SENT' ORDER BY id DESC "
          + "LIMIT 20)", leaseGone, Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))), noticeId);
      assertThat(List.of(acceptedButNotMarked, claimedButNotSent, claimedLongAgo)).containsExactly(50, 50, 20);

      try (NoticeBot second = NoticeBot.start(database, api, "--bot.notice.rate-per-second=" + RATE)) {
        JsonNode statistics = awaitSent(second, noticeId);
        List<Instant> afterRestart = api.sentMessages().stream().skip(sentBeforeRestart).map(SentMessage::at).sorted().toList();
        assertThat(afterRestart).hasSizeGreaterThan(RATE * 3);
        assertThat(busiestSecond(afterRestart)).as("sends in any one second after the restart").isLessThanOrEqualTo(RATE + RATE / 10);
        Map<String, Long> received = api.sentMessages().stream().filter(m -> NoticeBot.TEMPLATE.equals(m.templateId()))
            .collect(Collectors.groupingBy(SentMessage::toUser, Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(inCommunity);
        assertThat(received.values()).allMatch(count -> count == 1);
        assertThat(statistics.get("targeted").asLong()).isEqualTo(TARGETED);
        assertThat(statistics.get("pending").asLong()).isZero();
        // claims older than the resend window are not sent again: WeChat may have them, and would no longer drop a repeat
        assertThat(statistics.get("failedByReason").get("OUTCOME_UNKNOWN").asLong()).isEqualTo(20);
        assertThat(statistics.get("sent").asLong()).isEqualTo(TARGETED - 20);
      }
    }
  }

  /** The most messages in any window of one second. */
  private static int busiestSecond(List<Instant> sorted) {
    int most = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (Duration.between(sorted.get(start), sorted.get(end)).compareTo(Duration.ofSeconds(1)) >= 0) {
        start++;
      }
      most = Math.max(most, end - start + 1);
    }
    return most;
  }

  private static JsonNode awaitSent(NoticeBot bot, long noticeId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode statistics = bot.admin().get("/api/notices/" + noticeId + "/statistics").body();
      if ("SENT".equals(statistics.get("status").asText())) {
        return statistics;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("notice " + noticeId + " not sent within 3 minutes");
  }
}
