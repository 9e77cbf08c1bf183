package com.wuyebot.knowledge.search;

import com.wuyebot.knowledge.faq.FaqEntry;

/**
 * A ranked entry. {@code score} orders the ranking; {@code coverage} (0..1) is the weighted share
 * of the question's concepts and words that the entry contains and {@code evidence} the weight of the
 * domain concepts it shares with the question (rare concepts weigh more), {@code fit} (0..1) how well
 * its closest single phrasing matches the question's concepts (weighted Jaccard): the inputs of the
 * decision.
 */
public record Candidate(FaqEntry entry, double score, double coverage, double evidence, double fit) {
}
