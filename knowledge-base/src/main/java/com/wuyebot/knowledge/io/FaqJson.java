package com.wuyebot.knowledge.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;


/** The JSON shape of one entry, as in a line of the JSON Lines import (kb.jsonl). */
public final class FaqJson {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private FaqJson() {
    }

    public static String toJson(FaqEntry entry) {
        var json = new JsonObject();
        json.addProperty("id", entry.id());
        json.addProperty("category", entry.category());
        json.addProperty("question", entry.question());
        json.add("similar", array(entry.similar()));
        json.addProperty("answer", entry.answer());
        json.add("keywords", array(entry.keywords()));
        if (!entry.enabled()) {
            json.addProperty("enabled", false);
        }
        if (!entry.isGlobal()) {
            json.add("communities", array(entry.communities().stream().sorted().toList()));
        }
        if (entry.version() != 0) {
            json.addProperty("version", entry.version());
        }
        return GSON.toJson(json);
    }

    /** Reads an entry written by {@link #toJson}; trusted input, so no validation here. */
    public static FaqEntry fromJson(String text) {
        JsonObject json = GSON.fromJson(text, JsonObject.class);
        return new FaqEntry(
                json.get("id").getAsString(),
                json.has("category") ? json.get("category").getAsString() : "",
                json.get("question").getAsString(),
                strings(json.getAsJsonArray("similar")),
                json.get("answer").getAsString(),
                strings(json.getAsJsonArray("keywords")),
                !json.has("enabled") || json.get("enabled").getAsBoolean(),
                new LinkedHashSet<>(strings(json.getAsJsonArray("communities"))),
                json.has("version") ? json.get("version").getAsLong() : 0L);
    }

    static Gson gson() {
        return GSON;
    }

    private static JsonArray array(List<String> values) {
        var array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        var values = new ArrayList<String>();
        if (array != null) {
            array.forEach(element -> values.add(element.getAsString()));
        }
        return values;
    }

}
