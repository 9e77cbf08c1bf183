package com.wuyebot.bot.survey;

import com.wuyebot.bot.shared.LinkTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Links to the survey page that need no login: the survey id and an expiry, signed with HMAC-SHA256
 * under {@code bot.survey.link-secret}. Whoever holds the link may answer that one survey, until it
 * expires; a changed id or expiry breaks the signature.
 */
@Component
public class SurveyLinks {

  private final LinkTokens tokens;
  private final Duration validity;
  private final String publicUrl;
  private final Clock clock;

  @Autowired
  SurveyLinks(SurveyProperties properties, Clock clock) {
    this(properties.linkSecret(), properties.linkValidity(), properties.publicUrl(), clock);
    LinkTokens.warnIfPlaceholder("bot.survey.link-secret", properties.linkSecret());
  }

  SurveyLinks(String secret, Duration validity, String publicUrl, Clock clock) {
    this.tokens = new LinkTokens(secret, clock);
    this.validity = validity;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  public String urlFor(long surveyId) {
    return publicUrl + "/survey/" + tokenFor(surveyId, clock.instant().plus(validity));
  }

  String tokenFor(long surveyId, Instant expires) {
    return tokens.issue(surveyId, expires);
  }

  /** What a token from a link says, checked. */
  public Verdict verify(String token) {
    return tokens.read(token)
        .map(read -> new Verdict(Verdict.Kind.valueOf(tokens.check(read).name()), read.id()))
        .filter(verdict -> verdict.kind() != Verdict.Kind.INVALID)
        .orElse(new Verdict(Verdict.Kind.INVALID, null));
  }

  public record Verdict(Kind kind, Long surveyId) {

    public enum Kind { VALID, EXPIRED, INVALID }
  }
}
