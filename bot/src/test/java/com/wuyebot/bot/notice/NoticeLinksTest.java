package com.wuyebot.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wuyebot.bot.shared.LinkTokens;
import com.wuyebot.integration.fake.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sign-up link acts for one resident without a login, so it must name exactly that resident's delivery record. */
class NoticeLinksTest {

  private static final Instant STARTS = Instant.parse("2026-12-21T01:30:00Z");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-18T02:00:00Z"));
  private final DeliveryStore deliveries = mock(DeliveryStore.class);
  private final NoticeLinks links = new NoticeLinks("secret-1", Duration.ofDays(3), "https://wuye.example.com/", deliveries, clock);
  private final Notice activity = TestNotices.dumplings(3, STARTS);
  private final DeliveryStore.Recipient residentA = new DeliveryStore.Recipient(3, TestNotices.APP, "o-resident-a");
  private final DeliveryStore.Recipient residentB = new DeliveryStore.Recipient(3, TestNotices.APP, "o-resident-b");

  @Test
  void aLinkNamesItsDeliveryRecordButNotTheOpenid() {
    String url = links.urlFor(activity, 11, TestNotices.APP, "o-resident-a");

    assertThat(url).startsWith("https://wuye.example.com/activity/11.").doesNotContain("o-resident-a").doesNotContain("wx-app");
    when(deliveries.recipient(11)).thenReturn(Optional.of(residentA));
    assertThat(links.verify(token(url))).isEqualTo(new NoticeLinks.Verdict(LinkTokens.Check.VALID, residentA));
  }

  @Test
  void aLinkChangedToAnotherResidentsRecordIsRefused() {
    String tokenA = token(links.urlFor(activity, 11, TestNotices.APP, "o-resident-a"));
    when(deliveries.recipient(12)).thenReturn(Optional.of(residentB));

    assertThat(links.verify(tokenA.replaceFirst("^11\\.", "12.")).check()).isEqualTo(LinkTokens.Check.INVALID);
  }

  @Test
  void aLinkToARecordThatIsGoneIsRefused() {
    when(deliveries.recipient(11)).thenReturn(Optional.empty());

    assertThat(links.verify(token(links.urlFor(activity, 11, TestNotices.APP, "o-resident-a"))))
        .isEqualTo(NoticeLinks.Verdict.INVALID);
  }

  @Test
  void aLinkWorksUntilTheGracePeriodAfterTheStartIsOver() {
    String token = token(links.urlFor(activity, 11, TestNotices.APP, "o-resident-a"));
    when(deliveries.recipient(11)).thenReturn(Optional.of(residentA));

    clock.advance(Duration.between(clock.instant(), STARTS.plus(Duration.ofDays(3))).minusSeconds(1));
    assertThat(links.verify(token).check()).isEqualTo(LinkTokens.Check.VALID);
    clock.advance(Duration.ofSeconds(1));
    assertThat(links.verify(token)).isEqualTo(new NoticeLinks.Verdict(LinkTokens.Check.EXPIRED, null));
  }

  @Test
  void aLinkSignedWithAnotherSecretIsRefused() {
    NoticeLinks elsewhere = new NoticeLinks("secret-2", Duration.ofDays(3), "https://wuye.example.com", deliveries, clock);
    when(deliveries.recipient(11)).thenReturn(Optional.of(residentA));

    assertThat(links.verify(token(elsewhere.urlFor(activity, 11, TestNotices.APP, "o-resident-a"))).check())
        .isEqualTo(LinkTokens.Check.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "11", "11.1766712400", "11.1766712400.short", "<script>.1.x", "-1.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void garbageIsRefusedWithoutLookingAnythingUp(String token) {
    assertThat(links.verify(token)).isEqualTo(NoticeLinks.Verdict.INVALID);
    verify(deliveries, never()).recipient(anyLong());
  }

  private static String token(String url) {
    String path = URI.create(url).getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
