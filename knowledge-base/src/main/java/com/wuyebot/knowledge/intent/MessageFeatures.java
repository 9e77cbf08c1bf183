package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.ChineseSegmenter;
import com.wuyebot.knowledge.analysis.ConceptExtractor;
import com.wuyebot.knowledge.analysis.DomainVocabulary;
import com.wuyebot.knowledge.analysis.TextNormalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a message into named, weighted features for the linear model. Four families, each scaled
 * to unit length so that a long story does not outweigh a short message: character bigrams (with
 * start and end marks, since 吗 at the end asks and 你好 at the start greets), smartcn words, domain
 * concepts of the shared vocabulary (漏水, 电梯, ?how ...), and general cue groups
 * ({@link CueLexicon}) with a few combinations that carry the label rule (a fault cue that is also
 * repeated, a fault cue without a question). The last family generalises beyond the training words.
 */
final class MessageFeatures {

    private static final Pattern SPLIT = Pattern.compile("[\\s,.!?;:，。！？；：、~…—\\-()（）\\[\\]【】\"“”'‘’]+");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\d+\\s*(号楼|栋|幢|单元|楼|室|门|层)|\\d+-\\d+(-\\d+)?|[a-z]?\\d{3,4}(室|房|户)?$");
    private static final Pattern TICKET_NUMBER = Pattern.compile("[a-z]{0,4}\\d{6,}");
    private static final double CUE_WEIGHT = 1.0;

    /** Feature families; all are on in the product, fewer only to measure what each adds. */
    enum Family { BIGRAMS, WORDS, CONCEPTS, CUES }

    private final ConceptExtractor concepts;
    private final CueLexicon cues;
    private final Set<Family> families;

    MessageFeatures(DomainVocabulary vocabulary, CueLexicon cues) {
        this(vocabulary, cues, EnumSet.allOf(Family.class));
    }

    MessageFeatures(DomainVocabulary vocabulary, CueLexicon cues, Set<Family> families) {
        this.concepts = new ConceptExtractor(vocabulary);
        this.cues = cues;
        this.families = EnumSet.copyOf(families);
    }

    Map<String, Double> extract(String text) {
        String normal = TextNormalizer.normalize(text).strip();
        var features = new LinkedHashMap<String, Double>();
        String[] clauses = SPLIT.split(normal);

        var grams = new LinkedHashMap<String, Double>();
        for (String clause : families.contains(Family.BIGRAMS) ? clauses : new String[0]) {
            if (clause.isEmpty()) {
                continue;
            }
            String marked = "^" + clause + "$";
            for (int i = 0; i + 2 <= marked.length(); i++) {
                grams.merge("b:" + marked.substring(i, i + 2), 1.0, Double::sum);
            }
        }
        addScaled(features, grams);

        var words = new LinkedHashMap<String, Double>();
        for (ChineseSegmenter.Word word : families.contains(Family.WORDS) ? ChineseSegmenter.segment(normal)
                : List.<ChineseSegmenter.Word>of()) {
            if (!word.text().isBlank()) {
                words.merge("w:" + word.text(), 1.0, Double::sum);
            }
        }
        addScaled(features, words);

        var topics = new LinkedHashMap<String, Double>();
        for (String concept : families.contains(Family.CONCEPTS) ? concepts.extract(normal) : List.<String>of()) {
            topics.merge("c:" + concept, 1.0, Double::sum);
        }
        addScaled(features, topics);
        if (!families.contains(Family.CUES)) {
            return features;
        }

        List<String> groups = cues.groupsIn(normal);
        for (String group : groups) {
            features.put("q:" + group, CUE_WEIGHT);
        }
        boolean asks = groups.contains("question") || endsWithQuestion(clauses) || normal.contains("?");
        if (asks) {
            features.put("s:asks", CUE_WEIGHT);
        }
        for (String group : groups) {
            // The label rule in features: the same fault asked about, repeated, or demanded differ.
            features.put("x:" + group + (asks ? "&asks" : "&states"), CUE_WEIGHT);
            if (groups.contains("repeat") && !group.equals("repeat")) {
                features.put("x:" + group + "&repeat", CUE_WEIGHT);
            }
        }
        features.put("s:length-" + lengthClass(normal.replaceAll("\\s", "").length()), CUE_WEIGHT);
        if (normal.contains("!")) {
            features.put("s:exclaims", CUE_WEIGHT);
        }
        if (ADDRESS.matcher(normal).find()) {
            features.put("s:address", CUE_WEIGHT);
        }
        if (TICKET_NUMBER.matcher(normal).find()) {
            features.put("s:ticket-number", CUE_WEIGHT);
        }
        if (!normal.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            features.put("s:no-han", CUE_WEIGHT);
        }
        return features;
    }

    private boolean endsWithQuestion(String[] clauses) {
        for (String clause : clauses) {
            for (CueLexicon.Found end : cues.find(clause, "question-end")) {
                if (end.end() == clause.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lengthClass(int length) {
        if (length <= 4) {
            return "tiny";
        }
        if (length <= 12) {
            return "short";
        }
        return length <= 30 ? "medium" : "long";
    }

    private static void addScaled(Map<String, Double> features, Map<String, Double> family) {
        double norm = Math.sqrt(family.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            family.forEach((name, value) -> features.put(name, value / norm));
        }
    }
}
