package com.wuyebot.integration.testsupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The known answers of shared/wechat/vectors.json, copied into the test resources. */
public final class Vectors {

  private static final JsonObject ROOT = load();

  /** Every file of shared/wechat/samples: one per message type and event. */
  public static final List<String> SAMPLES = List.of("text.xml", "image.xml", "voice.xml", "video.xml",
      "shortvideo.xml", "location.xml", "link.xml", "event_subscribe.xml", "event_subscribe_qrscene.xml",
      "event_unsubscribe.xml", "event_scan.xml", "event_location.xml", "event_click.xml", "event_view.xml",
      "event_templatesendjobfinish.xml", "event_masssendjobfinish.xml", "event_subscribe_msg_popup.xml",
      "event_subscribe_msg_change.xml", "event_subscribe_msg_sent.xml");

  private Vectors() {
  }

  public static JsonArray list(String name) {
    return ROOT.getAsJsonArray(name);
  }

  public static JsonObject byId(String list, String id) {
    for (var element : list(list)) {
      if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
        return element.getAsJsonObject();
      }
    }
    throw new IllegalArgumentException("No vector " + id);
  }

  public static JsonObject ownAccount() {
    return ROOT.getAsJsonObject("own_account");
  }

  public static Map<String, String> query(JsonObject envelope) {
    Map<String, String> query = new LinkedHashMap<>();
    envelope.getAsJsonObject("query").entrySet().forEach(e -> query.put(e.getKey(), e.getValue().getAsString()));
    return query;
  }

  public static String sample(String name) {
    try (InputStream in = Vectors.class.getResourceAsStream("/wechat/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject load() {
    try (var reader = new InputStreamReader(Vectors.class.getResourceAsStream("/wechat/vectors.json"), StandardCharsets.UTF_8)) {
      return JsonParser.parseReader(reader).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
