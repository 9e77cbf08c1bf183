package com.wuyebot.knowledge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a ranking into a decision. ANSWER needs the best entry to cover enough of the question and
 * to stand clearly above the second: one confidence, the relative score gap plus a share of the
 * lead in fit (its closest phrasing matches the question better than any of the second's), or a
 * clear lead in coverage with a smaller score gap. A bare fault or complaint report is never
 * answered; a weak best entry means NONE; everything in between is offered as suggestions.
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
        Candidate second = ranking.size() > 1 ? ranking.get(1) : null;
        double margin = second == null ? 1 : (best.score() - second.score()) / best.score();
        double lead = second == null ? best.coverage() : best.coverage() - second.coverage();
        double fitLead = second == null ? best.fit() : best.fit() - second.fit();
        double confidence = margin + settings.fitLeadWeight() * fitLead;
        // Close scores are fine when the first entry clearly explains more of the question.
        boolean standsOut = confidence >= settings.answerMargin()
                || (lead >= settings.coverageLead() && margin >= settings.leadMargin());
        boolean confident = best.coverage() >= settings.answerCoverage()
                && best.evidence() >= settings.answerEvidence()
                && standsOut;
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
