package com.wuyebot.integration.tools;

/**
 * A push body as it goes on the wire. It stays the same across WeChat's retries: only the query
 * (timestamp, nonce and the signatures) changes from one delivery to the next.
 *
 * @param openid   the sender, sent as the {@code openid} query parameter and expected as the reply's
 *                 {@code ToUserName}; {@code null} leaves the parameter out and skips that check
 * @param plainXml the message XML before encryption ({@code null} for a raw body)
 * @param body     the exact HTTP body
 * @param encrypt  the base64 {@code <Encrypt>} text the msg_signature covers, {@code null} in plaintext mode
 */
public record Envelope(String openid, String plainXml, String body, String encrypt) {

  /** A body sent byte for byte as given, e.g. a malformed or oversized one; no msg_signature unless overridden. */
  public static Envelope raw(String openid, String body) {
    return new Envelope(openid, null, body, null);
  }
}
