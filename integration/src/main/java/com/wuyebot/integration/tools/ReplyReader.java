package com.wuyebot.integration.tools;

import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a webhook answer the way WeChat would and parses the passive reply (PROTOCOL.md §2.6, §4.2, §9). */
final class ReplyReader {

  private static final Set<String> REPLY_TYPES =
      Set.of("text", "image", "voice", "video", "music", "news", "transfer_customer_service");

  private final PushAccount account;
  private final PushMode mode;

  ReplyReader(PushAccount account, PushMode mode) {
    this.account = account;
    this.mode = mode;
  }

  /** Returns {@code null} for {@code success} or an empty body. */
  PassiveReply read(String body, String expectedToUser) {
    String trimmed = body.strip();
    if (PushResult.isAcknowledgement(body)) {
      return null;
    }
    Map<String, Object> outer = parse(trimmed, body);
    boolean encrypted = outer.containsKey("Encrypt");
    String xml;
    if (encrypted) {
      if (!mode.encrypted()) {
        throw new InvalidReplyException("encrypted reply to a plaintext push", body);
      }
      xml = decrypt(outer, body);
    } else {
      if (mode == PushMode.SAFE) {
        throw new InvalidReplyException("plaintext reply to a safe-mode push", body);
      }
      xml = trimmed;
    }
    return toReply(encrypted ? parse(xml, body) : outer, xml, encrypted, expectedToUser, body);
  }

  private String decrypt(Map<String, Object> envelope, String body) {
    String encrypt = text(envelope, "Encrypt");
    String msgSignature = text(envelope, "MsgSignature");
    String timestamp = text(envelope, "TimeStamp");
    String nonce = text(envelope, "Nonce");
    if (encrypt == null || msgSignature == null || timestamp == null || nonce == null) {
      throw new InvalidReplyException("encrypted reply lacks Encrypt, MsgSignature, TimeStamp or Nonce", body);
    }
    requireInteger(timestamp, "TimeStamp", body);
    String xml;
    try {
      // The replier picks TimeStamp and Nonce, so the signature is checked against the reply's own values.
      xml = new WxCryptUtil(account.token(), account.encodingAesKey(), account.appId())
          .decryptContent(msgSignature, timestamp, nonce, encrypt);
    } catch (WxRuntimeException e) {
      throw new InvalidReplyException("reply MsgSignature or ciphertext rejected: " + e.getMessage(), body, e);
    }
    String suffix = appIdSuffix(encrypt, body);
    if (!account.appId().equals(suffix)) {
      throw new InvalidReplyException("reply encrypted for AppID '" + suffix + "', expected " + account.appId(), body);
    }
    return xml;
  }

  /**
   * WxJava's decrypt neither exposes nor checks the AppID after the message, and treats a pad byte outside
   * 1..32 as "no padding"; WeChat checks both, so this reads the plaintext once more with plain JCE.
   */
  private String appIdSuffix(String encrypt, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(account.encodingAesKey() + "=");
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypt));
      int pad = plain[plain.length - 1] & 0xff;
      if (pad < 1 || pad > 32) {
        throw new InvalidReplyException("reply padding byte " + pad + " is outside 1..32", body);
      }
      int length = ByteBuffer.wrap(plain, 16, 4).getInt();
      int end = plain.length - pad;
      if (20 + length > end) {
        throw new InvalidReplyException("reply msg_len " + length + " exceeds the plaintext", body);
      }
      return new String(Arrays.copyOfRange(plain, 20 + length, end), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new InvalidReplyException("reply ciphertext unreadable", body, e);
    }
  }

  private PassiveReply toReply(Map<String, Object> fields, String xml, boolean encrypted, String expectedToUser,
                               String body) {
    String toUser = text(fields, "ToUserName");
    String fromUser = text(fields, "FromUserName");
    String msgType = text(fields, "MsgType");
    String createTime = text(fields, "CreateTime");
    if (toUser == null || fromUser == null || msgType == null || createTime == null) {
      throw new InvalidReplyException("reply lacks ToUserName, FromUserName, MsgType or CreateTime", body);
    }
    if (expectedToUser != null && !expectedToUser.equals(toUser)) {
      throw new InvalidReplyException("reply ToUserName is not the sender", body);
    }
    if (!account.ghId().equals(fromUser)) {
      throw new InvalidReplyException("reply FromUserName is not " + account.ghId(), body);
    }
    if (!REPLY_TYPES.contains(msgType)) {
      throw new InvalidReplyException("reply MsgType '" + msgType + "' is not a passive reply type", body);
    }
    long created = requireInteger(createTime, "CreateTime", body);
    String mediaId = firstText(fields.get(capitalized(msgType)), "MediaId");
    String kfAccount = firstText(fields.get("TransInfo"), "KfAccount");
    return new PassiveReply(toUser, fromUser, msgType, created, text(fields, "Content"), mediaId,
        articles(fields.get("Articles")), kfAccount, encrypted, xml);
  }

  private static List<PassiveReply.Article> articles(Object articles) {
    List<PassiveReply.Article> result = new ArrayList<>();
    if (articles instanceof Map<?, ?> map && map.get("item") instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> article) {
          result.add(new PassiveReply.Article(string(article.get("Title")), string(article.get("Description")),
              string(article.get("PicUrl")), string(article.get("Url"))));
        }
      }
    }
    return result;
  }

  /** XmlUtils turns an element with one kind of child into a list, and with several kinds into a map. */
  private static String firstText(Object container, String child) {
    if (container instanceof Map<?, ?> map) {
      Object value = map.get(child);
      return value instanceof List<?> list && !list.isEmpty() ? string(list.get(0)) : string(value);
    }
    return null;
  }

  private static String capitalized(String type) {
    return Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }

  private static Map<String, Object> parse(String xml, String body) {
    try {
      return XmlUtils.xml2Map(xml);
    } catch (RuntimeException e) {
      throw new InvalidReplyException("reply is neither success, empty nor XML", body, e);
    }
  }

  private static long requireInteger(String value, String name, String body) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidReplyException("reply " + name + " is not an integer", body);
    }
  }

  private static String text(Map<String, Object> map, String name) {
    return string(map.get(name));
  }

  private static String string(Object value) {
    return value instanceof String s ? s : null;
  }
}
