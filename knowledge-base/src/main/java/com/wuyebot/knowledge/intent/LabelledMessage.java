package com.wuyebot.knowledge.intent;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A resident message with its intent and, when known, whether it is urgent ({@code null}: not
 * labelled). {@code group} names where it came from (a line of the training file), so that a
 * validation split can hold out whole groups rather than siblings of one template.
 */
public record LabelledMessage(String text, Intent intent, Boolean urgent, int group) {

    public LabelledMessage(String text, Intent intent) {
        this(text, intent, null, 0);
    }

    /** Reads {@code {"text": ..., "intent": ..., "urgent": true|false (optional)}} lines. */
    public static List<LabelledMessage> readJsonLines(Path file) throws IOException {
        var messages = new ArrayList<LabelledMessage>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            var json = JsonParser.parseString(line).getAsJsonObject();
            JsonElement urgent = json.get("urgent");
            messages.add(new LabelledMessage(json.get("text").getAsString(),
                    Intent.valueOf(json.get("intent").getAsString().strip().toUpperCase(Locale.ROOT)),
                    urgent == null || urgent.isJsonNull() ? null : urgent.getAsBoolean(), lineNumber));
        }
        return messages;
    }
}
