package com.wuyebot.knowledge.search;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.List;
import java.util.Optional;

/**
 * What to do with a resident's question.
 *
 * @param kind       ANSWER with {@link #best()}, SUGGEST the {@link #candidates()}, or NONE
 * @param candidates ANSWER: the one entry; SUGGEST: up to three entries to offer; NONE: empty
 * @param ranking    every retrieved entry, best first, whatever the decision (for evaluation and logs)
 */
public record Decision(Kind kind, List<Candidate> candidates, List<Candidate> ranking) {

    public enum Kind { ANSWER, SUGGEST, NONE }

    public Decision {
        candidates = List.copyOf(candidates);
        ranking = List.copyOf(ranking);
    }

    public static Decision none(List<Candidate> ranking) {
        return new Decision(Kind.NONE, List.of(), ranking);
    }

    public Optional<FaqEntry> best() {
        return kind == Kind.ANSWER ? Optional.of(candidates.get(0).entry()) : Optional.empty();
    }
}
