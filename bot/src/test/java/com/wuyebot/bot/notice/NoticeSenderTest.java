package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wuyebot.bot.shared.Pseudonyms;
import com.wuyebot.bot.wording.TestWording;
import com.wuyebot.integration.state.InMemoryStateStore;
import com.wuyebot.integration.wechat.outbound.TemplateMessage;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import com.wuyebot.integration.wechat.outbound.WechatGateway;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class NoticeSenderTest {

  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  private final WechatGateway gateway = mock(WechatGateway.class);
  private final NoticeProperties properties = TestNotices.properties("rate-per-second", "0");
  private final NoticeSender sender = new NoticeSender(gateway, new SendRate(new InMemoryStateStore(), properties),
      new NoticeMessages(TestWording.defaults(), properties), TestNotices.links(), properties, mock(Pseudonyms.class),
      Clock.fixed(NOW, ZoneOffset.UTC));
  private final Notice template = TestNotices.waterCut(7, NoticeChannel.TEMPLATE);

  @Test
  void sendsATemplateThatWechatDropsWhenRepeatedForTheSameNotice() {
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenReturn(42L);
    DeliveryOutcome outcome = sendOne(template, 1);
    assertThat(outcome.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(outcome.msgId()).isEqualTo(42L);
    ArgumentCaptor<TemplateMessage> sent = ArgumentCaptor.forClass(TemplateMessage.class);
    verify(gateway).sendTemplate(eq(TestNotices.APP), sent.capture());
    assertThat(sent.getValue().clientMsgId()).isEqualTo("notice-7");
    assertThat(sent.getValue().data().get("thing1")).hasSize(20);
    assertThat(sent.getValue().data().get("phrase2")).isEqualTo("通知");
  }

  @Test
  void anActivityWithSignUpOpensEachResidentsOwnSignedPage() {
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenReturn(43L, 44L);
    Notice activity = TestNotices.dumplings(8, NOW.plusSeconds(86_400));
    sender.send(List.of(TestNotices.delivery(1, 8, "o-1", 1), TestNotices.delivery(2, 8, "o-2", 1)), id -> activity, () -> true);

    ArgumentCaptor<TemplateMessage> sent = ArgumentCaptor.forClass(TemplateMessage.class);
    verify(gateway, times(2)).sendTemplate(eq(TestNotices.APP), sent.capture());
    assertThat(sent.getAllValues()).extracting(TemplateMessage::url)
        .containsExactly(TestNotices.links().urlFor(activity, 1, TestNotices.APP, "o-1"),
            TestNotices.links().urlFor(activity, 2, TestNotices.APP, "o-2"));
    assertThat(sent.getAllValues().get(0).url()).startsWith("https://wuye.example.com/activity/1.");
  }

  @Test
  void otherNoticesOpenTheConfiguredPage() {
    NoticeProperties withPage = TestNotices.properties("rate-per-second", "0", "template.url", "https://wuye.example.com/news");
    NoticeSender configured = new NoticeSender(gateway, new SendRate(new InMemoryStateStore(), withPage),
        new NoticeMessages(TestWording.defaults(), withPage), TestNotices.links(), withPage, mock(Pseudonyms.class),
        Clock.fixed(NOW, ZoneOffset.UTC));
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenReturn(45L);

    configured.send(List.of(TestNotices.delivery(1, 7, "o-1", 1)), id -> template, () -> true);

    ArgumentCaptor<TemplateMessage> sent = ArgumentCaptor.forClass(TemplateMessage.class);
    verify(gateway).sendTemplate(eq(TestNotices.APP), sent.capture());
    assertThat(sent.getValue().url()).isEqualTo("https://wuye.example.com/news");
  }

  @Test
  void givesUpForGoodOnUnfollowedOrInvalidOpenids() {
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenThrow(error(43004)).thenThrow(error(40003));
    DeliveryOutcome unfollowed = sendOne(template, 1);
    DeliveryOutcome invalid = sendOne(template, 1);
    assertThat(unfollowed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(unfollowed.failure()).isEqualTo("UNSUBSCRIBED");
    assertThat(unfollowed.nextAttemptAt()).isNull();
    assertThat(invalid.failure()).isEqualTo("INVALID_OPENID");
  }

  @Test
  void retriesABusyWechatWithGrowingPausesUntilTheLastAttempt() {
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenThrow(error(-1));
    assertThat(sendOne(template, 1).nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(sendOne(template, 3).nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
    DeliveryOutcome last = sendOne(template, properties.maxAttempts());
    assertThat(last.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(last.failure()).isEqualTo("TRANSIENT");
  }

  @Test
  void waitsForBeijingMidnightWhenTheDailyQuotaIsUsedUp() {
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenThrow(error(45009));
    DeliveryOutcome outcome = sendOne(template, 5);
    assertThat(outcome.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(outcome.failure()).isEqualTo("QUOTA");
    assertThat(outcome.nextAttemptAt()).isEqualTo(Instant.parse("2026-12-01T16:05:00Z"));
  }

  @Test
  void aStoppingSenderHandsItsBatchBackUnsent() {
    List<DeliveryOutcome> outcomes = sender.send(List.of(TestNotices.delivery(1, 7, "o-1", 1), TestNotices.delivery(2, 7, "o-2", 1)),
        id -> template, () -> false);
    assertThat(outcomes).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.PENDING);
    assertThat(outcomes).extracting(DeliveryOutcome::nextAttemptAt).containsOnly(NOW);
    verify(gateway, never()).sendTemplate(anyString(), any());
  }

  @Test
  void sendsAMassJobPerClaimAndTakesARepeatedJobAsSent() {
    Notice mass = TestNotices.waterCut(8, NoticeChannel.MASS);
    when(gateway.sendMassText(eq(TestNotices.APP), anyList(), anyString(), eq("notice-8-first-claim")))
        .thenReturn(99L).thenThrow(error(45065));
    List<ClaimedDelivery> job = List.of(TestNotices.delivery(1, 8, "o-1", 1), TestNotices.delivery(2, 8, "o-2", 1));
    assertThat(sender.send(job, id -> mass, () -> true)).extracting(DeliveryOutcome::msgId).containsOnly(99L);
    assertThat(sender.send(job, id -> mass, () -> true)).extracting(DeliveryOutcome::status).containsOnly(DeliveryStatus.SENT);
    verify(gateway, never()).sendTemplate(anyString(), any());
  }

  @Test
  void sendsTemplatesWhenTheAccountHasNoMassQuota() {
    Notice mass = TestNotices.waterCut(9, NoticeChannel.MASS);
    when(gateway.sendMassText(anyString(), anyList(), anyString(), anyString())).thenThrow(error(45028));
    when(gateway.sendTemplate(eq(TestNotices.APP), any())).thenReturn(1L, 2L);
    List<DeliveryOutcome> outcomes = sender.send(List.of(TestNotices.delivery(1, 9, "o-1", 1), TestNotices.delivery(2, 9, "o-2", 1)),
        id -> mass, () -> true);
    assertThat(outcomes).extracting(DeliveryOutcome::channel).containsOnly(NoticeChannel.TEMPLATE);
    verify(gateway, times(2)).sendTemplate(eq(TestNotices.APP), any());
  }

  private DeliveryOutcome sendOne(Notice notice, int attempts) {
    return sender.send(List.of(TestNotices.delivery(1, notice.id(), "o-1", attempts)), id -> notice, () -> true).get(0);
  }

  private static WechatApiException error(int code) {
    return new WechatApiException("test", code, "injected", null);
  }
}
