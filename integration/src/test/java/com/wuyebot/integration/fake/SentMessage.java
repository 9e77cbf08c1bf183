package com.wuyebot.integration.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;

/**
 * One message the bot sent through the fake API, as recorded for assertions.
 *
 * @param api        the path, e.g. {@code /cgi-bin/message/custom/send}
 * @param content    text content for kefu text, the first title for news, {@code head_content} for msgmenu,
 *                   the media id for image, otherwise {@code null}
 * @param templateId template and subscribe messages only
 * @param msgId      the msgid answered for template and subscribe messages, otherwise 0
 * @param json       the request body as received
 * @param at         when the fake accepted it, by the fake's clock (rates are measured from these)
 */
public record SentMessage(String api, String toUser, String msgType, String content, String templateId, long msgId,
                          String json, Instant at) {

  public JsonObject body() {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /** {@code data.<key>.value} of a template or subscribe message. */
  public String dataValue(String key) {
    JsonObject data = body().getAsJsonObject("data");
    return data != null && data.has(key) ? data.getAsJsonObject(key).get("value").getAsString() : null;
  }
}
