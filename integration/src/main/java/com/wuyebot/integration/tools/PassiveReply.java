package com.wuyebot.integration.tools;

import java.util.List;

/**
 * The bot's passive reply (被动回复), decrypted and parsed.
 *
 * @param content    text replies only
 * @param mediaId    image, voice and video replies only
 * @param articles   news replies only, otherwise empty
 * @param kfAccount  {@code transfer_customer_service} with a named agent only
 * @param encrypted  whether it came as a safe-mode envelope
 * @param xml        the plaintext reply XML
 */
public record PassiveReply(String toUser, String fromUser, String msgType, long createTime, String content,
                           String mediaId, List<Article> articles, String kfAccount, boolean encrypted, String xml) {

  public PassiveReply {
    articles = List.copyOf(articles);
  }

  public record Article(String title, String description, String picUrl, String url) {
  }
}
