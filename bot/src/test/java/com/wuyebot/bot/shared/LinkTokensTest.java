package com.wuyebot.bot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.integration.fake.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.junit.jupiter.api.Test;

/** The signature is all that stands between a stranger and a link's page, so what it covers is pinned here. */
class LinkTokensTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
  private final LinkTokens tokens = new LinkTokens("secret-1", clock);
  private final Instant expires = Instant.parse("2026-11-30T02:00:00Z");

  @Test
  void aTokenBoundToNothingSignsIdAndExpiryAsSurveyLinksAlwaysHave() {
    String signature = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(new HmacUtils(HmacAlgorithms.HMAC_SHA_256, "secret-1").hmac("42." + expires.getEpochSecond()));

    assertThat(tokens.issue(42, expires)).isEqualTo("42." + expires.getEpochSecond() + "." + signature);
  }

  @Test
  void aTokenIsValidOnlyForTheValuesItWasBoundTo() {
    LinkTokens.Token token = tokens.read(tokens.issue(7, expires, "notice-3", "wx-app", "o-resident-a")).orElseThrow();

    assertThat(tokens.check(token, "notice-3", "wx-app", "o-resident-a")).isEqualTo(LinkTokens.Check.VALID);
    assertThat(tokens.check(token, "notice-3", "wx-app", "o-resident-b")).isEqualTo(LinkTokens.Check.INVALID);
    assertThat(tokens.check(token, "notice-3\nwx-app", "o-resident-a")).isEqualTo(LinkTokens.Check.INVALID);
    assertThat(tokens.check(token)).isEqualTo(LinkTokens.Check.INVALID);
  }

  @Test
  void aValidTokenExpiresAtItsTimeAndAForgedOneStaysInvalid() {
    LinkTokens.Token token = tokens.read(tokens.issue(7, expires, "x")).orElseThrow();
    LinkTokens.Token forged = new LinkTokens("secret-2", clock).read(new LinkTokens("secret-2", clock).issue(7, expires, "x"))
        .orElseThrow();

    clock.advance(Duration.between(clock.instant(), expires));

    assertThat(tokens.check(token, "x")).isEqualTo(LinkTokens.Check.EXPIRED);
    assertThat(tokens.check(forged, "x")).isEqualTo(LinkTokens.Check.INVALID);
  }

  @Test
  void readsOnlyTheShapeOfAToken() {
    assertThat(tokens.read(null)).isEmpty();
    assertThat(tokens.read("7.1764140400")).isEmpty();
    assertThat(tokens.read("7.1764140400.<script>alert(1)</script>AAAAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(tokens.read("7.1764140400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(7));
  }
}
