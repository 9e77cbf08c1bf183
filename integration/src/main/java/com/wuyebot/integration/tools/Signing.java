package com.wuyebot.integration.tools;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The per-delivery part of a push: {@code timestamp} and {@code nonce}, plus optional overrides
 * for tests of refusals (a wrong signature, a missing parameter).
 *
 * @param signature    {@code null} to compute sha1(sort(token, timestamp, nonce))
 * @param msgSignature {@code null} to compute sha1(sort(token, timestamp, nonce, Encrypt))
 * @param omitted      query parameter names to leave out
 */
public record Signing(String timestamp, String nonce, String signature, String msgSignature, Set<String> omitted) {

  public Signing {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(nonce, "nonce");
    omitted = Set.copyOf(omitted);
  }

  /** The current time and a fresh numeric nonce, as WeChat sends them. */
  public static Signing fresh() {
    return at(Long.toString(Instant.now().getEpochSecond()), Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000)));
  }

  public static Signing at(String timestamp, String nonce) {
    return new Signing(timestamp, nonce, null, null, Set.of());
  }

  public Signing withSignature(String forced) {
    return new Signing(timestamp, nonce, forced, msgSignature, omitted);
  }

  public Signing withMsgSignature(String forced) {
    return new Signing(timestamp, nonce, signature, forced, omitted);
  }

  public Signing omitting(String... parameterNames) {
    Set<String> more = new HashSet<>(omitted);
    more.addAll(Arrays.asList(parameterNames));
    return new Signing(timestamp, nonce, signature, msgSignature, more);
  }
}
