package com.wuyebot.integration.wechat.inbound;

import com.wuyebot.integration.wechat.WechatAccount;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutNewsMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/** Signatures, safe-mode decryption and reply encoding for one account, all through WxJava. */
final class AccountCodec {

  private final WechatAccount account;
  private final WxMpDefaultConfigImpl config;
  private final AccountCrypt crypt;

  AccountCodec(WechatAccount account) {
    this.account = account;
    this.config = new WxMpDefaultConfigImpl();
    config.setAppId(account.appId());
    config.setToken(account.token());
    config.setAesKey(account.aesKey());
    this.crypt = account.hasAesKey() ? new AccountCrypt(config) : null;
  }

  boolean hasValidSignature(String timestamp, String nonce, String signature) {
    return SHA1.gen(account.token(), timestamp, nonce).equals(signature);
  }

  /** Verifies {@code msg_signature} over the {@code Encrypt} element, then decrypts it. */
  String decrypt(String body, String timestamp, String nonce, String msgSignature) {
    if (crypt == null) {
      throw new RefusedPushException(Refusal.NOT_SAFE_MODE_ACCOUNT);
    }
    return crypt.decryptPush(body, timestamp, nonce, msgSignature);
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
}
