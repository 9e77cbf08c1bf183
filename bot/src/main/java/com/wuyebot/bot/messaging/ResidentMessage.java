package com.wuyebot.bot.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message to one resident, sent at most once per purpose.
 *
 * @param purpose  what it is for, e.g. {@code ticket:BX20261126-0012:assigned}; the same purpose to the same
 *                 resident is sent once, ever, however often it is asked for (at most 200 characters)
 * @param text     the customer-service text, used while the resident's interaction window is open; may be null
 *                 when only a template message makes sense
 * @param template what to send as a template message when the window is closed; may be null, and then the
 *                 message fails when the window is closed
 */
public record ResidentMessage(String appId, String openId, String purpose, String text, Template template) {

  public static final int MAX_PURPOSE = 200;

  public ResidentMessage {
    requireText(appId, "appId");
    requireText(openId, "openId");
    requireText(purpose, "purpose");
    if (purpose.length() > MAX_PURPOSE) {
      throw new IllegalArgumentException("purpose longer than " + MAX_PURPOSE + " characters");
    }
    if ((text == null || text.isBlank()) && template == null) {
      throw new IllegalArgumentException("a resident message needs a text or a template");
    }
  }

  /**
   * A template message by kind; the kind's template id, keyword names and link come from
   * {@code bot.messenger.templates.<kind>}.
   *
   * @param data field name to value; a field name is either a name the kind's {@code keywords} map to a
   *             keyword of the template (e.g. {@code number -> character_string1}) or the keyword itself
   * @param url  the page the message opens, overriding the kind's configured url; may be null
   */
  public record Template(String kind, Map<String, String> data, String url) {

    public Template {
      requireText(kind, "kind");
      data = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
    }

    public Template(String kind, Map<String, String> data) {
      this(kind, data, null);
    }
  }

  public static ResidentMessage of(String appId, String openId, String purpose, String text, Template template) {
    return new ResidentMessage(appId, openId, purpose, text, template);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
