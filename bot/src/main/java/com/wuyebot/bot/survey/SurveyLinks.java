package com.wuyebot.bot.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Links to the survey page that need no login: the survey id and an expiry, signed with HMAC-SHA256
 * under {@code bot.survey.link-secret}. Whoever holds the link may answer that one survey, until it
 * expires; a changed id or expiry breaks the signature.
 */
@Component
public class SurveyLinks {

  private static final Logger log = LoggerFactory.getLogger(SurveyLinks.class);
  private static final String PLACEHOLDER_SECRET = "change-me-in-production";
  private static final Pattern TOKEN = Pattern.compile("^(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$");

  private final byte[] secret;
  private final Duration validity;
  private final String publicUrl;
  private final Clock clock;

  @Autowired
  SurveyLinks(SurveyProperties properties, Clock clock) {
    this(properties.linkSecret(), properties.linkValidity(), properties.publicUrl(), clock);
    if (PLACEHOLDER_SECRET.equals(properties.linkSecret())) {
      log.warn("bot.survey.link-secret is the shipped placeholder: anyone who reads the source can sign survey links; "
          + "set BOT_SURVEY_LINK_SECRET");
    }
  }

  SurveyLinks(String secret, Duration validity, String publicUrl, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.validity = validity;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  public String urlFor(long surveyId) {
    return publicUrl + "/survey/" + tokenFor(surveyId, clock.instant().plus(validity));
  }

  String tokenFor(long surveyId, Instant expires) {
    String payload = surveyId + "." + expires.getEpochSecond();
    return payload + "." + sign(payload);
  }

  /** What a token from a link says, checked. */
  public Verdict verify(String token) {
    var parts = token == null ? null : TOKEN.matcher(token);
    if (parts == null || !parts.matches()) {
      return new Verdict(Verdict.Kind.INVALID, null);
    }
    String payload = parts.group(1) + "." + parts.group(2);
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
      return new Verdict(Verdict.Kind.INVALID, null);
    }
    long id = Long.parseLong(parts.group(1));
    Instant expires = Instant.ofEpochSecond(Long.parseLong(parts.group(2)));
    return new Verdict(clock.instant().isBefore(expires) ? Verdict.Kind.VALID : Verdict.Kind.EXPIRED, id);
  }

  public record Verdict(Kind kind, Long surveyId) {

    public enum Kind { VALID, EXPIRED, INVALID }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
