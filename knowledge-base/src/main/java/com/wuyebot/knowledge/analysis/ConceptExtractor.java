package com.wuyebot.knowledge.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the vocabulary's surfaces in a normalised text and returns their concepts.
 *
 * <p>Every surface found is kept unless a longer match contains it. Two rules keep it precise.
 * Single-character surfaces (交, 修, 租) count only where the smartcn segmenter keeps them as a word, so 交 in 交通 is not a payment. And a misspelt word is matched by
 * sound (物业非 reads wu-ye-fei like 物业费) only against head words and surfaces of three or more
 * characters, with at most one character differing, because short homophones collide too often.
 */
public final class ConceptExtractor {

    private final DomainVocabulary vocabulary;
    private final Map<String, List<String>> surfacesBySound = new HashMap<>();

    public ConceptExtractor(DomainVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String surface : vocabulary.surfaces()) {
            boolean headWord = vocabulary.conceptsOf(surface).contains(surface);
            if (surface.length() >= 2 && (surface.length() >= 3 || headWord) && allHan(surface)) {
                surfacesBySound.computeIfAbsent(sound(syllables(surface), 0, surface.length()), k -> new ArrayList<>())
                        .add(surface);
            }
        }
    }

    /** Concepts of {@code normalized} text (already passed through {@link TextNormalizer}). */
    public List<String> extract(String normalized) {
        var concepts = new ArrayList<String>();
        for (Match match : matches(normalized)) {
            concepts.addAll(vocabulary.conceptsOf(match.surface()));
        }
        return concepts;
    }

    /** The vocabulary surfaces found in {@code normalized} text, in order. */
    public List<Match> matches(String normalized) {
        if (normalized.isEmpty()) {
            return new ArrayList<>();
        }
        boolean[] singleWordAt = singleCharacterWords(normalized);
        String[] syllables = TextNormalizer.hasHan(normalized) ? syllables(normalized) : null;
        var matches = new ArrayList<Match>();
        for (int i = 0; i < normalized.length(); i++) {
            int exact = longestExactMatch(normalized, i, singleWordAt);
            String bySound = syllables == null ? null : longestSoundMatch(normalized, syllables, i, exact);
            if (bySound != null) {
                matches.add(new Match(i, i + bySound.length(), bySound));
            }
            for (int length = exact; length >= 2; length--) {
                String surface = normalized.substring(i, i + length);
                if (!vocabulary.conceptsOf(surface).isEmpty()) {
                    matches.add(new Match(i, i + length, surface));
                }
            }
            if (exact == 1) {
                matches.add(new Match(i, i + 1, normalized.substring(i, i + 1)));
            }
        }
        // Overlapping matches all stay (家电表: 家电 and 电表), since guessing wrong loses the topic.
        // A match inside a longer one is dropped when it adds no topic (车库 in 地下车库, 物业 in 物业费)
        // but kept when it does (施工许可: 施工 adds renovation to permit).
        return matches.stream()
                .filter(match -> matches.stream().noneMatch(other -> other != match && other.contains(match)
                        && !addsTopic(match, other)))
                .toList();
    }

    private boolean addsTopic(Match inner, Match outer) {
        List<String> outerConcepts = vocabulary.conceptsOf(outer.surface());
        return inner.end() - inner.start() > 1 && vocabulary.conceptsOf(inner.surface()).stream()
                .anyMatch(c -> !outerConcepts.contains(c) && !DomainVocabulary.isContext(c)
                        && !DomainVocabulary.isQuestionType(c));
    }

    /** A vocabulary surface found at {@code [start, end)} of the text (typos give the right surface). */
    public record Match(int start, int end, String surface) {
        boolean contains(Match other) {
            return start <= other.start && other.end <= end && (end - start) > (other.end - other.start);
        }
    }

    private int longestExactMatch(String text, int from, boolean[] singleWordAt) {
        int max = Math.min(vocabulary.longestSurface(), text.length() - from);
        for (int length = max; length >= 2; length--) {
            if (!vocabulary.conceptsOf(text.substring(from, from + length)).isEmpty()) {
                return length;
            }
        }
        boolean single = singleWordAt[from] && !vocabulary.conceptsOf(text.substring(from, from + 1)).isEmpty();
        return single ? 1 : 0;
    }

    private String longestSoundMatch(String text, String[] syllables, int from, int longerThan) {
        int max = Math.min(vocabulary.longestSurface(), text.length() - from);
        for (int length = max; length > Math.max(1, longerThan); length--) {
            List<String> candidates = surfacesBySound.get(sound(syllables, from, from + length));
            if (candidates == null) {
                continue;
            }
            for (String surface : candidates) {
                if (differingCharacters(surface, text, from) == 1) {
                    return surface;
                }
            }
        }
        return null;
    }

    private static int differingCharacters(String surface, String text, int from) {
        int differing = 0;
        for (int k = 0; k < surface.length(); k++) {
            if (surface.charAt(k) != text.charAt(from + k)) {
                differing++;
            }
        }
        return differing;
    }

    private static boolean[] singleCharacterWords(String text) {
        var single = new boolean[text.length() + 1];
        for (var word : ChineseSegmenter.segment(text)) {
            if (word.end() - word.start() == 1) {
                single[word.start()] = true;
            }
        }
        return single;
    }

    private static String[] syllables(String text) {
        List<Pinyin> pinyins = HanLP.convertToPinyinList(text);
        var result = new String[text.length()];
        for (int k = 0; k < result.length; k++) {
            boolean known = k < pinyins.size() && pinyins.get(k) != Pinyin.none5 && TextNormalizer.isHan(text.charAt(k));
            // Characters without a reading never match anything by sound.
            result[k] = known ? pinyins.get(k).getPinyinWithoutTone() : "\u0000" + text.charAt(k);
        }
        return result;
    }

    private static String sound(String[] syllables, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(syllables, from, to));
    }

    private static boolean allHan(String text) {
        return text.codePoints().allMatch(TextNormalizer::isHan);
    }
}
