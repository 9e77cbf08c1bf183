package com.wuyebot.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cue-word files: {@code [group]} headers, then cue words separated by spaces, {@code #} comments.
 * Cues are normalised like the text they are looked for in, and matched as substrings.
 */
public final class CueGroups {

    private CueGroups() {
    }

    /** The groups of a resource next to {@code owner}, in file order, each an immutable list. */
    public static Map<String, List<String>> load(Class<?> owner, String resource) {
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            var groups = new LinkedHashMap<String, List<String>>();
            List<String> current = null;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = groups.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": cue before the first [group]: " + line);
                } else {
                    for (String cue : line.split("\\s+")) {
                        current.add(TextNormalizer.normalize(cue));
                    }
                }
            }
            groups.replaceAll((group, cues) -> List.copyOf(cues));
            return Collections.unmodifiableMap(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of {@code cues} found in {@code normal} (already normalised), or null. */
    public static String firstIn(String normal, List<String> cues) {
        for (String cue : cues) {
            if (normal.contains(cue)) {
                return cue;
            }
        }
        return null;
    }
}
