package com.wuyebot.knowledge.eval;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.search.Candidate;
import com.wuyebot.knowledge.search.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs labelled queries through a knowledge base and computes the metrics of
 * shared/eval/README.md: top1, top3, mrr (rank within the first 10), answered_correct,
 * ood_rejected and false_answers.
 */
public final class FaqEvaluation {

    private static final int MRR_DEPTH = 10;

    /** One query's outcome; {@code rank} is 1-based, 0 when the expected entry is not ranked. */
    public record Outcome(LabelledQuery query, Decision decision, int rank) {

        public boolean falseAnswer() {
            return decision.kind() == Decision.Kind.ANSWER
                    && (!query.inDomain() || !decision.best().orElseThrow().id().equals(query.expected()));
        }

        public boolean answeredCorrectly() {
            return query.inDomain() && decision.kind() == Decision.Kind.ANSWER && !falseAnswer();
        }
    }

    public record Report(List<Outcome> outcomes, double top1, double top3, double mrr, double answeredCorrect,
                         double oodRejected, double falseAnswers, int queries, int inDomain, int ood) {

        public String toJson() {
            return String.format(java.util.Locale.ROOT,
                    "{\"top1\": %.4f, \"top3\": %.4f, \"mrr\": %.4f, \"answered_correct\": %.4f, "
                            + "\"ood_rejected\": %.4f, \"false_answers\": %.4f, \"queries\": %d, "
                            + "\"in_domain\": %d, \"ood\": %d}",
                    top1, top3, mrr, answeredCorrect, oodRejected, falseAnswers, queries, inDomain, ood);
        }
    }

    private FaqEvaluation() {
    }

    public static Report run(KnowledgeBase knowledgeBase, List<LabelledQuery> queries) {
        var outcomes = new ArrayList<Outcome>();
        int top1 = 0;
        int top3 = 0;
        double reciprocalRanks = 0;
        int answeredCorrect = 0;
        int oodRejected = 0;
        int falseAnswers = 0;
        int inDomain = 0;
        for (LabelledQuery query : queries) {
            Decision decision = knowledgeBase.ask(query.query(), null);
            int rank = rankOf(query.expected(), decision.ranking());
            var outcome = new Outcome(query, decision, rank);
            outcomes.add(outcome);
            if (query.inDomain()) {
                inDomain++;
                top1 += rank == 1 ? 1 : 0;
                top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocalRanks += rank >= 1 && rank <= MRR_DEPTH ? 1.0 / rank : 0;
                answeredCorrect += outcome.answeredCorrectly() ? 1 : 0;
            } else if (decision.kind() != Decision.Kind.ANSWER) {
                oodRejected++;
            }
            falseAnswers += outcome.falseAnswer() ? 1 : 0;
        }
        int ood = queries.size() - inDomain;
        return new Report(outcomes, share(top1, inDomain), share(top3, inDomain), share(reciprocalRanks, inDomain),
                share(answeredCorrect, inDomain), share(oodRejected, ood), share(falseAnswers, queries.size()),
                queries.size(), inDomain, ood);
    }

    private static int rankOf(String expected, List<Candidate> ranking) {
        if (expected == null) {
            return 0;
        }
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).entry().id().equals(expected)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double share(double count, int total) {
        return total == 0 ? 0 : count / total;
    }
}
