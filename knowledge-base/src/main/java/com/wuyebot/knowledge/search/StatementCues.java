package com.wuyebot.knowledge.search;

import com.wuyebot.knowledge.analysis.CueGroups;
import com.wuyebot.knowledge.analysis.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a bare report ("我家卫生间漏水了", "楼上太吵了") from a question. A report names a fault or
 * a grievance and asks nothing, or only asks rhetorically ("到底管不管"); it is a ticket for the
 * bot, not a FAQ question, so the FAQ never answers it confidently. Cue words are data
 * ({@code statement-cues.txt}).
 */
public final class StatementCues {

    private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan})不\\1");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\s,.!;:，。！；：、]+");

    private final List<String> faults;
    private final List<String> questions;
    private final List<String> demands;
    private final List<String> questionEnds;

    private StatementCues(Map<String, List<String>> sections) {
        this.faults = sections.getOrDefault("fault", List.of());
        this.questions = sections.getOrDefault("question", List.of());
        this.demands = sections.getOrDefault("demand", List.of());
        this.questionEnds = sections.getOrDefault("question-end", List.of());
    }

    public static StatementCues defaults() {
        return Holder.DEFAULT;
    }

    public boolean isBareReport(String text) {
        String normal = TextNormalizer.normalize(text);
        if (!containsAny(normal, faults)) {
            return false;
        }
        return containsAny(normal, demands) || !isQuestion(normal);
    }

    public boolean isQuestion(String normal) {
        return containsAny(normal, questions) || A_NOT_A.matcher(normal).find() || endsAnyClause(normal);
    }

    private boolean endsAnyClause(String normal) {
        for (String clause : CLAUSE_BREAK.split(normal)) {
            String trimmed = clause.strip();
            for (String end : questionEnds) {
                if (trimmed.endsWith(end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String text, List<String> cues) {
        return CueGroups.firstIn(text, cues) != null;
    }

    private static final class Holder {
        static final StatementCues DEFAULT = load();
    }

    private static StatementCues load() {
        return new StatementCues(CueGroups.load(StatementCues.class, "statement-cues.txt"));
    }
}
