package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.TextNormalizer;
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
 * General cue words of resident speech, grouped by what they signal ({@code [question]},
 * {@code [fault]}, {@code [repeat]}, ...). They are data ({@code intent-cues.txt}) and only features:
 * the model learns how much each group counts for each intent, so a cue never decides alone.
 */
final class CueLexicon {

    private final Map<String, List<String>> cuesByGroup;

    private CueLexicon(Map<String, List<String>> cuesByGroup) {
        this.cuesByGroup = cuesByGroup;
    }

    static CueLexicon defaults() {
        return Holder.DEFAULT;
    }

    /** The groups with at least one cue in {@code normal} (already normalised), in file order. */
    List<String> groupsIn(String normal) {
        var groups = new ArrayList<String>();
        for (var group : cuesByGroup.entrySet()) {
            if (firstCue(normal, group.getValue()) != null) {
                groups.add(group.getKey());
            }
        }
        return groups;
    }

    /** Every cue of {@code group} found in {@code normal}, with its position. */
    List<Found> find(String normal, String group) {
        var found = new ArrayList<Found>();
        for (String cue : cuesByGroup.getOrDefault(group, List.of())) {
            for (int at = normal.indexOf(cue); at >= 0; at = normal.indexOf(cue, at + 1)) {
                found.add(new Found(cue, at));
            }
        }
        return found;
    }

    boolean contains(String normal, String group) {
        return firstCue(normal, cuesByGroup.getOrDefault(group, List.of())) != null;
    }

    record Found(String cue, int at) {
        int end() {
            return at + cue.length();
        }
    }

    private static String firstCue(String normal, List<String> cues) {
        for (String cue : cues) {
            if (normal.contains(cue)) {
                return cue;
            }
        }
        return null;
    }

    private static final class Holder {
        static final CueLexicon DEFAULT = load("intent-cues.txt");
    }

    static CueLexicon load(String resource) {
        try (InputStream in = Objects.requireNonNull(CueLexicon.class.getResourceAsStream(resource), resource)) {
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
            return new CueLexicon(Collections.unmodifiableMap(groups));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
