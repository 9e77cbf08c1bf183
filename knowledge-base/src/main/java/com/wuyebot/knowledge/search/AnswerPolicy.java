package com.wuyebot.knowledge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a ranking into a decision. ANSWER needs the best entry to cover most of the question and
 * to stand clearly above the second; a bare fault or complaint report is never answered; a weak
 * best entry means NONE; everything in between is offered as suggestions.
 */
final class AnswerPolicy {

    private final SearchSettings settings;
    private final StatementCues cues;

    AnswerPolicy(SearchSettings settings, StatementCues cues) {
        this.settings = settings;
        this.cues = cues;
    }

    Decision decide(String question, List<Candidate> ranking) {
        if (ranking.isEmpty()) {
            return Decision.none(ranking);
        }
        Candidate best = ranking.get(0);
        if (best.coverage() < settings.noneCoverage()) {
            return Decision.none(ranking);
        }
        double second = ranking.size() > 1 ? ranking.get(1).score() : 0;
        double margin = (best.score() - second) / best.score();
        boolean confident = best.coverage() >= settings.answerCoverage()
                && best.evidence() >= settings.answerEvidence()
                && margin >= settings.answerMargin();
        if (confident && !cues.isBareReport(question)) {
            return new Decision(Decision.Kind.ANSWER, List.of(best), ranking);
        }
        return new Decision(Decision.Kind.SUGGEST, suggestions(ranking), ranking);
    }

    private List<Candidate> suggestions(List<Candidate> ranking) {
        double floor = ranking.get(0).score() * settings.suggestRatio();
        var chosen = new ArrayList<Candidate>();
        for (Candidate candidate : ranking) {
            if (chosen.size() == settings.maxSuggestions() || candidate.score() < floor) {
                break;
            }
            chosen.add(candidate);
        }
        return chosen;
    }
}
