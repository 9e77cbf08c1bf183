package com.wuyebot.bot.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Survey links need no login, so their signature and expiry are all that stands between a stranger and a rating. */
class SurveyLinksTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
  private final SurveyLinks links = new SurveyLinks("secret-1", Duration.ofDays(4), "https://wuye.example.com/", clock);

  @Test
  void aFreshLinkOpensItsSurvey() {
    String url = links.urlFor(42);

    assertThat(url).startsWith("https://wuye.example.com/survey/42.");
    assertThat(links.verify(token(url))).isEqualTo(new SurveyLinks.Verdict(SurveyLinks.Verdict.Kind.VALID, 42L));
  }

  @Test
  void aLinkExpiresAfterItsValidity() {
    String token = token(links.urlFor(42));
    clock.advance(Duration.ofDays(4).minusSeconds(1));
    assertThat(links.verify(token).kind()).isEqualTo(SurveyLinks.Verdict.Kind.VALID);
    clock.advance(Duration.ofSeconds(1));
    assertThat(links.verify(token)).isEqualTo(new SurveyLinks.Verdict(SurveyLinks.Verdict.Kind.EXPIRED, 42L));
  }

  @Test
  void anotherSurveyIdOrALaterExpiryBreaksTheSignature() {
    String token = token(links.urlFor(42));
    String[] parts = token.split("\\.");

    assertThat(links.verify("43." + parts[1] + "." + parts[2]).kind()).isEqualTo(SurveyLinks.Verdict.Kind.INVALID);
    assertThat(links.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2]).kind())
        .isEqualTo(SurveyLinks.Verdict.Kind.INVALID);
  }

  @Test
  void aLinkSignedWithAnotherSecretIsRefused() {
    SurveyLinks elsewhere = new SurveyLinks("secret-2", Duration.ofDays(4), "https://wuye.example.com", clock);
    assertThat(links.verify(token(elsewhere.urlFor(42))).kind()).isEqualTo(SurveyLinks.Verdict.Kind.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "42", "42.1764140400", "42.1764140400.short", "-1.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "42.1764140400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "99999999999999999999.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "<script>.1.x"})
  void garbageIsRefused(String token) {
    assertThat(links.verify(token).kind()).isEqualTo(SurveyLinks.Verdict.Kind.INVALID);
  }

  @Test
  void nullIsRefused() {
    assertThat(links.verify(null).kind()).isEqualTo(SurveyLinks.Verdict.Kind.INVALID);
  }

  private static String token(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
