package com.wuyebot.bot.shared;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of a link that needs no login: {@code <id>.<expiry>.<signature>}, the signature an HMAC-SHA256 of the
 * id, the expiry and whatever else the link is bound to. Values it is bound to are not carried in the link: the
 * verifier looks them up by the id, so a link can stand for a resident without showing the resident's openid.
 * A changed id, expiry or bound value breaks the signature.
 */
public final class LinkTokens {

  /** The shipped default of every link secret setting; with it anyone who reads the source can sign links. */
  public static final String PLACEHOLDER_SECRET = "change-me-in-production";
  private static final Logger log = LoggerFactory.getLogger(LinkTokens.class);
  private static final Pattern TOKEN = Pattern.compile("^(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$");
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Clock clock;

  public LinkTokens(String secret, Clock clock) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = clock;
  }

  /** Warns once at startup when {@code setting} (e.g. {@code bot.survey.link-secret}) still holds the placeholder. */
  public static void warnIfPlaceholder(String setting, String secret) {
    if (PLACEHOLDER_SECRET.equals(secret)) {
      log.warn("{} is the shipped placeholder: anyone who reads the source can sign these links; set {}", setting,
          setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
  }

  public enum Check { VALID, EXPIRED, INVALID }

  /** A token as read from a link, its signature not checked yet. */
  public record Token(long id, Instant expires, String signature) {
  }

  public String issue(long id, Instant expires, String... boundTo) {
    return id + "." + expires.getEpochSecond() + "." + sign(payload(id, expires.getEpochSecond(), boundTo));
  }

  /** The token's parts, or empty for anything that is not a token at all. */
  public Optional<Token> read(String token) {
    Matcher parts = token == null ? null : TOKEN.matcher(token);
    if (parts == null || !parts.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Token(Long.parseLong(parts.group(1)), Instant.ofEpochSecond(Long.parseLong(parts.group(2))),
        parts.group(3)));
  }

  /** INVALID unless signed here for exactly these bound values; then EXPIRED once its time has passed. */
  public Check check(Token token, String... boundTo) {
    byte[] expected = sign(payload(token.id(), token.expires().getEpochSecond(), boundTo)).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, token.signature().getBytes(StandardCharsets.US_ASCII))) {
      return Check.INVALID;
    }
    return clock.instant().isBefore(token.expires()) ? Check.VALID : Check.EXPIRED;
  }

  /**
   * A link bound to nothing but its id signs {@code id.expiry}; each bound value follows with its length, so that
   * no two lists of values sign alike ({@code "a\nb"} is not {@code "a", "b"}).
   */
  private static String payload(long id, long expires, String... boundTo) {
    StringBuilder payload = new StringBuilder().append(id).append('.').append(expires);
    for (String value : boundTo) {
      payload.append('\n').append(value.length()).append(':').append(value);
    }
    return payload.toString();
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
