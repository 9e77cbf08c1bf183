package com.wuyebot.knowledge.search;

/**
 * Ranking weights and decision thresholds. {@link #defaults()} are the values the bot and the
 * evaluation CLI use; they were calibrated on the development split (see EVAL.md).
 *
 * @param pool             entries retrieved from Lucene before deciding (also the ranking length)
 * @param conceptBoost     weight of a matched domain concept
 * @param questionTypeBoost weight of a matched question type (how, price, time, ...)
 * @param wordBoost        weight of a matched smartcn word
 * @param gramBoost        weight of a matched character bigram
 * @param answerBoost      weight of a concept matched in the answer text
 * @param fitBoost         the Lucene score is multiplied by {@code 1 + fitBoost * fit}, fit being how
 *                         well the entry's closest single phrasing matches the question's concepts
 * @param freeWordWeight   weight in the coverage of a query noun the vocabulary does not know,
 *                         relative to a concept
 * @param minorWeight      factor for context in the coverage: context concepts (孩子, 周末) and
 *                         unknown words that are not nouns
 * @param noneCoverage     below this coverage of the query by the best entry: NONE
 * @param answerCoverage   at least this coverage for ANSWER
 * @param answerEvidence   at least this matched weight for ANSWER (about one rare concept)
 * @param fitLeadWeight    the confidence of ANSWER is the relative score gap between first and
 *                         second plus this share of the first's lead in fit over the second
 * @param answerMargin     at least this confidence for ANSWER...
 * @param coverageLead     ...or, when the first covers the question by this much more than the
 *                         second,
 * @param leadMargin       at least this smaller score gap
 * @param suggestRatio     a suggestion must score at least this share of the first one
 * @param maxSuggestions   how many entries SUGGEST offers
 */
public record SearchSettings(
        int pool,
        float conceptBoost,
        float questionTypeBoost,
        float wordBoost,
        float gramBoost,
        float answerBoost,
        double fitBoost,
        double freeWordWeight,
        double minorWeight,
        double noneCoverage,
        double answerCoverage,
        double answerEvidence,
        double fitLeadWeight,
        double answerMargin,
        double coverageLead,
        double leadMargin,
        double suggestRatio,
        int maxSuggestions) {

    public SearchSettings {
        if (pool < 1 || maxSuggestions < 1) {
            throw new IllegalArgumentException("pool and maxSuggestions must be positive");
        }
    }

    public static SearchSettings defaults() {
        return new SearchSettings(10, 3.0f, 1.0f, 1.0f, 0.5f, 1.0f, 0.5, 1.0, 0.3, 0.15, 0.25, 2.0, 0.5, 0.3, 0.3, 0.1, 0.5, 3);
    }

    public SearchSettings withBoosts(float concept, float questionType, float word, float gram) {
        return new SearchSettings(pool, concept, questionType, word, gram, answerBoost, fitBoost, freeWordWeight, minorWeight,
                noneCoverage, answerCoverage, answerEvidence, fitLeadWeight, answerMargin, coverageLead, leadMargin, suggestRatio, maxSuggestions);
    }

    /** Fit in the ranking and in the confidence; 0 and 0 leave both to the Lucene score alone. */
    public SearchSettings withFit(double boost, double leadWeight) {
        return new SearchSettings(pool, conceptBoost, questionTypeBoost, wordBoost, gramBoost, answerBoost, boost,
                freeWordWeight, minorWeight, noneCoverage, answerCoverage, answerEvidence, leadWeight, answerMargin,
                coverageLead, leadMargin, suggestRatio, maxSuggestions);
    }

    public SearchSettings withThresholds(double none, double answer, double evidence, double margin) {
        return new SearchSettings(pool, conceptBoost, questionTypeBoost, wordBoost, gramBoost, answerBoost, fitBoost,
                freeWordWeight, minorWeight, none, answer, evidence, fitLeadWeight, margin, coverageLead, leadMargin, suggestRatio, maxSuggestions);
    }
}
