package com.wuyebot.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Property-management vocabulary: surface forms residents type, each standing for one or more
 * concepts (物业费/管理费/物管费 all stand for 物业费). Loaded from a small text format, see
 * {@code domain-vocabulary.txt}; a company can add its own file with the same format.
 */
public final class DomainVocabulary {

    public static final String QUESTION_TYPE_PREFIX = "?";
    public static final String CONTEXT_PREFIX = "~";
    private static final String DEFAULT_RESOURCE = "domain-vocabulary.txt";

    private final Map<String, List<String>> conceptsBySurface;
    private final int longestSurface;

    private DomainVocabulary(Map<String, List<String>> conceptsBySurface) {
        this.conceptsBySurface = Map.copyOf(conceptsBySurface);
        this.longestSurface = conceptsBySurface.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    public static DomainVocabulary defaults() {
        return Holder.DEFAULT;
    }

    /** The default vocabulary plus the lines of {@code extra} (same format, may not redefine a surface). */
    public static DomainVocabulary withExtra(List<String> extraLines) {
        var builder = new Parser();
        builder.parse(readLines(DomainVocabulary.class.getResourceAsStream(DEFAULT_RESOURCE)), DEFAULT_RESOURCE);
        builder.parse(extraLines, "extra vocabulary");
        return new DomainVocabulary(builder.conceptsBySurface);
    }

    public static DomainVocabulary parse(List<String> lines) {
        var builder = new Parser();
        builder.parse(lines, "vocabulary");
        return new DomainVocabulary(builder.conceptsBySurface);
    }

    /** Concepts for an exact surface form, or an empty list. */
    public List<String> conceptsOf(String surface) {
        return conceptsBySurface.getOrDefault(surface, List.of());
    }

    public Set<String> surfaces() {
        return conceptsBySurface.keySet();
    }

    int longestSurface() {
        return longestSurface;
    }

    public static boolean isQuestionType(String concept) {
        return concept.startsWith(QUESTION_TYPE_PREFIX);
    }

    public static boolean isContext(String concept) {
        return concept.startsWith(CONTEXT_PREFIX);
    }

    private static List<String> readLines(InputStream in) {
        Objects.requireNonNull(in, "vocabulary resource missing");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final DomainVocabulary DEFAULT = parse(readLines(DomainVocabulary.class.getResourceAsStream(DEFAULT_RESOURCE)));
    }

    private static final class Parser {
        private final Map<String, List<String>> conceptsBySurface = new HashMap<>();

        void parse(List<String> lines, String source) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = source + " line " + (i + 1);
                if (line.contains("=>")) {
                    String[] sides = line.split("=>", 2);
                    define(TextNormalizer.normalize(sides[0].strip()), words(sides[1]), where);
                } else if (line.contains(":")) {
                    int colon = line.indexOf(':');
                    String concept = TextNormalizer.normalize(line.substring(0, colon).strip());
                    var surfaces = new LinkedHashSet<String>();
                    // A context concept is also a word (~孩子 reads 孩子); question types are not.
                    surfaces.add(isContext(concept) ? concept.substring(CONTEXT_PREFIX.length()) : concept);
                    surfaces.addAll(words(line.substring(colon + 1)));
                    for (String surface : surfaces) {
                        define(surface, List.of(concept), where);
                    }
                } else {
                    throw new IllegalArgumentException(where + ": expected 'concept: surfaces' or 'surface => concepts'");
                }
            }
        }

        private void define(String surface, List<String> concepts, String where) {
            if (surface.isEmpty() || concepts.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty surface or concept list");
            }
            List<String> previous = conceptsBySurface.putIfAbsent(surface, List.copyOf(concepts));
            if (previous != null && !previous.equals(concepts)) {
                throw new IllegalArgumentException(where + ": '" + surface + "' already stands for " + previous);
            }
        }

        private static List<String> words(String text) {
            var result = new ArrayList<String>();
            for (String word : TextNormalizer.normalize(text).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    result.add(word);
                }
            }
            return result;
        }
    }

    @Override
    public String toString() {
        return "DomainVocabulary[" + conceptsBySurface.size() + " surfaces]";
    }
}
