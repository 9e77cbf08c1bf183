package com.wuyebot.knowledge.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A resident's question with the id of the entry that answers it, or null when none does. */
public record LabelledQuery(String query, String expected) {

    public boolean inDomain() {
        return expected != null;
    }

    /** Reads {@code {"query": ..., "expected": ...}} lines. */
    public static List<LabelledQuery> readJsonLines(Path file) throws IOException {
        var queries = new ArrayList<LabelledQuery>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            var json = JsonParser.parseString(line).getAsJsonObject();
            JsonElement expected = json.get("expected");
            queries.add(new LabelledQuery(json.get("query").getAsString(),
                    expected == null || expected.isJsonNull() ? null : expected.getAsString()));
        }
        return queries;
    }
}
