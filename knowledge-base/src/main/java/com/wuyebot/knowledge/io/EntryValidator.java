package com.wuyebot.knowledge.io;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks imported rows one by one and across rows (duplicate ids), collecting every error. */
final class EntryValidator {

    /** Fields of a row as read from a file, before validation; lists already split. */
    record RawEntry(String id, String category, String question, List<String> similar, String answer,
                    List<String> keywords, Boolean enabled, List<String> communities) {
    }

    private final FaqLimits limits;
    private final Set<String> knownCommunities;
    private final Map<String, Integer> rowById = new HashMap<>();

    EntryValidator(FaqLimits limits, Set<String> knownCommunities) {
        this.limits = limits;
        this.knownCommunities = knownCommunities;
    }

    /** The entry, or null after adding the row's errors to {@code errors}. */
    FaqEntry validate(int row, RawEntry raw, List<ImportError> errors) {
        int before = errors.size();
        String id = strip(raw.id());
        if (id.isEmpty()) {
            errors.add(new ImportError(row, "id", "is missing"));
        } else if (id.length() > limits.id()) {
            errors.add(tooLong(row, "id", id, limits.id()));
        } else {
            Integer first = rowById.putIfAbsent(id, row);
            if (first != null) {
                errors.add(new ImportError(row, "id", "duplicate id '" + id + "', first used on row " + first));
            }
        }
        String question = strip(raw.question());
        requireText(row, "question", question, limits.question(), errors);
        String answer = strip(raw.answer());
        requireText(row, "answer", answer, limits.answer(), errors);
        String category = strip(raw.category());
        if (category.length() > limits.category()) {
            errors.add(tooLong(row, "category", category, limits.category()));
        }
        List<String> similar = cleaned(raw.similar());
        if (similar.size() + 1 > limits.phrasings()) {
            errors.add(new ImportError(row, "similar", "has " + similar.size() + " questions, at most "
                    + (limits.phrasings() - 1) + " allowed"));
        }
        for (String phrasing : similar) {
            if (phrasing.length() > limits.question()) {
                errors.add(tooLong(row, "similar", phrasing, limits.question()));
            }
        }
        List<String> keywords = cleaned(raw.keywords());
        if (keywords.size() > limits.keywords()) {
            errors.add(new ImportError(row, "keywords", "has " + keywords.size() + " keywords, at most "
                    + limits.keywords() + " allowed"));
        }
        for (String keyword : keywords) {
            if (keyword.length() > limits.keyword()) {
                errors.add(tooLong(row, "keywords", keyword, limits.keyword()));
            }
        }
        List<String> communities = cleaned(raw.communities());
        if (knownCommunities != null) {
            for (String community : communities) {
                if (!knownCommunities.contains(community)) {
                    errors.add(new ImportError(row, "communities", "unknown community '" + community + "'"));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        boolean enabled = raw.enabled() == null || raw.enabled();
        return new FaqEntry(id, category, question, similar, answer, keywords, enabled, Set.copyOf(communities), 0L);
    }

    private static void requireText(int row, String field, String value, int limit, List<ImportError> errors) {
        if (value.isEmpty()) {
            errors.add(new ImportError(row, field, "is missing"));
        } else if (value.length() > limit) {
            errors.add(tooLong(row, field, value, limit));
        }
    }

    private static ImportError tooLong(int row, String field, String value, int limit) {
        return new ImportError(row, field, "is " + value.length() + " characters long, at most " + limit + " allowed");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
