package com.wuyebot.knowledge.faq;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of the knowledge base with its answer.
 *
 * <p>{@code communities} empty means the entry is global (every community sees it). A community's
 * own entry overrides a global entry whose main question is the same after normalisation (see
 * {@link #questionKey()}): residents of that community then only see the community's entry.
 * Entries with {@code enabled == false} are kept by the caller but never searched.
 */
public record FaqEntry(
        String id,
        String category,
        String question,
        List<String> similar,
        String answer,
        List<String> keywords,
        boolean enabled,
        Set<String> communities,
        long version) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        category = category == null ? "" : category;
        similar = similar == null ? List.of() : List.copyOf(similar);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        communities = communities == null ? Set.of() : Set.copyOf(communities);
    }

    /** A global, enabled entry at version 0, the shape of a line of the JSON Lines import. */
    public static FaqEntry of(String id, String category, String question, List<String> similar,
                              String answer, List<String> keywords) {
        return new FaqEntry(id, category, question, similar, answer, keywords, true, Set.of(), 0L);
    }

    public boolean isGlobal() {
        return communities.isEmpty();
    }

    public boolean appliesTo(String communityId) {
        return isGlobal() || (communityId != null && communities.contains(communityId));
    }

    /** The main question reduced to its letters and digits: the key of the override rule. */
    public String questionKey() {
        return QuestionKey.of(question);
    }

    public FaqEntry withEnabled(boolean value) {
        return new FaqEntry(id, category, question, similar, answer, keywords, value, communities, version);
    }

    public FaqEntry withAnswer(String value) {
        return new FaqEntry(id, category, question, similar, value, keywords, enabled, communities, version + 1);
    }

    public FaqEntry withQuestion(String value) {
        return new FaqEntry(id, category, value, similar, answer, keywords, enabled, communities, version + 1);
    }

    public FaqEntry withCommunities(Set<String> value) {
        return new FaqEntry(id, category, question, similar, answer, keywords, enabled, value, version);
    }

    /** Question, then the similar questions: every phrasing that should find this entry. */
    public List<String> phrasings() {
        var all = new java.util.ArrayList<String>(similar.size() + 1);
        all.add(question);
        all.addAll(similar);
        return all;
    }
}
