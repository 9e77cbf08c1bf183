package com.wuyebot.integration.wechat.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A template message (PROTOCOL.md §5.4). {@code clientMsgId} makes a retried send arrive once.
 *
 * @param data keyword name to value, e.g. {@code character_string1 -> BX20261126-0012}
 */
public record TemplateMessage(String openId, String templateId, String url, Map<String, String> data, String clientMsgId) {

  public TemplateMessage {
    Objects.requireNonNull(openId, "openId");
    Objects.requireNonNull(templateId, "templateId");
    data = new LinkedHashMap<>(data);
  }
}
