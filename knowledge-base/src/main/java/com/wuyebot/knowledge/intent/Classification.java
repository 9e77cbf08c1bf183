package com.wuyebot.knowledge.intent;

import java.util.List;

/**
 * The classifier's verdict on one message: the most probable intent with its probability, whether
 * the message reports an emergency, and every intent ranked by probability.
 */
public record Classification(Intent intent, double confidence, boolean urgent, List<Score> ranking) {

    public record Score(Intent intent, double probability) {
    }

    public Classification {
        ranking = List.copyOf(ranking);
    }

    /** The runner-up, useful to ask the resident when the two are close. */
    public Score second() {
        return ranking.get(1);
    }

    /** Probability margin between the best and the second intent. */
    public double margin() {
        return confidence - ranking.get(1).probability();
    }
}
