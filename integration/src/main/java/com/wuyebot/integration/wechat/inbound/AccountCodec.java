package com.wuyebot.integration.wechat.inbound;

import com.wuyebot.integration.wechat.WechatAccount;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.XmlUtils;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutNewsMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;

/** Signatures, safe-mode decryption and reply encoding for one account, all through WxJava. */
final class AccountCodec {

  private final WechatAccount account;
  private final WxMpDefaultConfigImpl config;
  private final WxMpCryptUtil crypt;
  private final AppIdSuffix appIdSuffix;

  AccountCodec(WechatAccount account) {
    this.account = account;
    this.config = new WxMpDefaultConfigImpl();
    config.setAppId(account.appId());
    config.setToken(account.token());
    config.setAesKey(account.aesKey());
    this.crypt = account.hasAesKey() ? new WxMpCryptUtil(config) : null;
    this.appIdSuffix = account.hasAesKey() ? new AppIdSuffix(account.aesKey()) : null;
  }

  boolean hasValidSignature(String timestamp, String nonce, String signature) {
    return SHA1.gen(account.token(), timestamp, nonce).equals(signature);
  }

  /** Verifies {@code msg_signature} over the {@code Encrypt} element, then decrypts it. */
  String decrypt(String body, String timestamp, String nonce, String msgSignature) {
    if (crypt == null) {
      throw new RefusedPushException(Refusal.NOT_SAFE_MODE_ACCOUNT);
    }
    String cipherText = encryptElement(body);
    if (!SHA1.gen(account.token(), timestamp, nonce, cipherText).equals(msgSignature)) {
      throw new RefusedPushException(Refusal.BAD_MSG_SIGNATURE);
    }
    String plain;
    try {
      plain = crypt.decrypt(cipherText);
    } catch (WxRuntimeException e) {
      throw new RefusedPushException(Refusal.BAD_CIPHERTEXT);
    }
    if (!appIdSuffix.matches(cipherText, plain.getBytes(StandardCharsets.UTF_8).length, account.appId())) {
      throw new RefusedPushException(Refusal.WRONG_APPID);
    }
    return plain;
  }

  String render(Reply reply, InboundMessage to, boolean encrypted) {
    WxMpXmlOutMessage out;
    if (reply instanceof Reply.Text text) {
      out = WxMpXmlOutMessage.TEXT().content(text.content()).fromUser(to.accountId()).toUser(to.openId()).build();
    } else if (reply instanceof Reply.News news) {
      out = WxMpXmlOutMessage.NEWS().addArticle(article(news)).fromUser(to.accountId()).toUser(to.openId()).build();
    } else {
      throw new IllegalArgumentException("Nothing to render for " + reply);
    }
    return encrypted ? out.toEncryptedXml(config) : out.toXml();
  }

  private static WxMpXmlOutNewsMessage.Item article(Reply.News news) {
    var item = new WxMpXmlOutNewsMessage.Item();
    item.setTitle(news.title());
    item.setDescription(news.description());
    item.setUrl(news.url());
    item.setPicUrl(news.picUrl());
    return item;
  }

  private static String encryptElement(String body) {
    Map<String, Object> fields;
    try {
      fields = XmlUtils.xml2Map(body);
    } catch (WxRuntimeException e) {
      throw new RefusedPushException(Refusal.MALFORMED_XML);
    }
    if (fields.get("Encrypt") instanceof String cipherText && !cipherText.isEmpty()) {
      return cipherText;
    }
    throw new RefusedPushException(Refusal.MALFORMED_XML);
  }
}
