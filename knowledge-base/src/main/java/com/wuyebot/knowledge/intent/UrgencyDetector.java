package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.TextNormalizer;
import java.util.List;

/**
 * Flags messages that report a danger to people or property happening now: gas smell, fire or
 * smoke, someone trapped in a lift, flooding or a burst pipe, electric shock, an injured or
 * unconscious person. Rules rather than a model because a missed emergency costs far more than a
 * false alarm and the cues are few and stable. A cue does not count when it is negated right before
 * it (没有燃气味), when the message is hypothetical (如果/万一 ... 怎么办), or when it is part of a
 * harmless compound (漏电保护器, 消防演练), see the {@code [urgent-*]} groups of {@code intent-cues.txt}.
 */
final class UrgencyDetector {

    private static final int NEGATION_REACH = 3;

    private final CueLexicon cues;

    UrgencyDetector(CueLexicon cues) {
        this.cues = cues;
    }

    boolean isUrgent(String text) {
        return isUrgentNormalized(TextNormalizer.normalize(text));
    }

    boolean isUrgentNormalized(String normal) {
        if (cues.contains(normal, "urgent-hypothetical")) {
            return false;
        }
        List<CueLexicon.Found> harmless = cues.find(normal, "urgent-harmless");
        for (CueLexicon.Found found : cues.find(normal, "urgent")) {
            boolean insideHarmless = harmless.stream()
                    .anyMatch(h -> h.at() <= found.at() && found.end() <= h.end());
            if (!insideHarmless && !negated(normal, found.at())) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(String normal, int at) {
        String before = normal.substring(Math.max(0, at - NEGATION_REACH), at);
        return cues.find(before, "negation").stream().anyMatch(n -> n.end() >= before.length() - 1);
    }
}
