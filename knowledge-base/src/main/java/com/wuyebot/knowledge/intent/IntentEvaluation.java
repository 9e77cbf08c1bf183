package com.wuyebot.knowledge.intent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Classifies labelled messages and computes accuracy, per-intent precision, recall and F1, and
 * macro-F1 (the mean F1 over the intents that occur as a label or as a prediction), as defined in
 * shared/eval/README.md. When messages carry an urgency label, urgency precision and recall too.
 */
public final class IntentEvaluation {

    private static final Intent[] INTENTS = Intent.values();

    public record Outcome(LabelledMessage message, Classification classification) {
        public boolean correct() {
            return message.intent() == classification.intent();
        }
    }

    public record Metrics(double precision, double recall, double f1, int support) {
    }

    public record Report(List<Outcome> outcomes, int[][] confusion, double accuracy, double macroF1,
                         Map<Intent, Metrics> perIntent, Metrics urgency) {

        public List<Outcome> errors() {
            return outcomes.stream().filter(o -> !o.correct()).toList();
        }

        /** Rows are the labels, columns the predictions; intents that never occur are left out. */
        public String confusionTable() {
            List<Intent> shown = perIntent.keySet().stream().toList();
            var table = new StringBuilder(String.format(Locale.ROOT, "%-11s", "label\\pred"));
            shown.forEach(i -> table.append(String.format(Locale.ROOT, "%6.6s", i.name())));
            table.append('\n');
            for (Intent label : shown) {
                table.append(String.format(Locale.ROOT, "%-11s", label));
                for (Intent predicted : shown) {
                    table.append(String.format(Locale.ROOT, "%6d", confusion[label.ordinal()][predicted.ordinal()]));
                }
                table.append('\n');
            }
            return table.toString();
        }

        public String toJson() {
            var perIntentJson = new StringJoiner(", ", "{", "}");
            perIntent.forEach((intent, m) -> perIntentJson.add(String.format(Locale.ROOT,
                    "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"support\": %d}",
                    intent, m.precision(), m.recall(), m.f1(), m.support())));
            String urgencyJson = urgency == null ? "" : String.format(Locale.ROOT,
                    ", \"urgent\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"support\": %d}",
                    urgency.precision(), urgency.recall(), urgency.f1(), urgency.support());
            return String.format(Locale.ROOT, "{\"messages\": %d, \"accuracy\": %.4f, \"macro_f1\": %.4f, \"per_intent\": %s%s}",
                    outcomes.size(), accuracy, macroF1, perIntentJson, urgencyJson);
        }
    }

    private IntentEvaluation() {
    }

    public static Report run(IntentClassifier classifier, List<LabelledMessage> messages) {
        var outcomes = new ArrayList<Outcome>(messages.size());
        for (LabelledMessage message : messages) {
            outcomes.add(new Outcome(message, classifier.classify(message.text())));
        }
        return summarize(outcomes);
    }

    private static Report summarize(List<Outcome> outcomes) {
        int[][] confusion = new int[INTENTS.length][INTENTS.length];
        int correct = 0;
        int urgentLabelled = 0;
        int urgentTrue = 0;
        int urgentPredicted = 0;
        int urgentHit = 0;
        for (Outcome outcome : outcomes) {
            LabelledMessage message = outcome.message();
            Classification classification = outcome.classification();
            confusion[message.intent().ordinal()][classification.intent().ordinal()]++;
            correct += outcome.correct() ? 1 : 0;
            if (message.urgent() != null) {
                urgentLabelled++;
                urgentTrue += message.urgent() ? 1 : 0;
                urgentPredicted += classification.urgent() ? 1 : 0;
                urgentHit += message.urgent() && classification.urgent() ? 1 : 0;
            }
        }
        var perIntent = new EnumMap<Intent, Metrics>(Intent.class);
        double f1Sum = 0;
        for (Intent intent : INTENTS) {
            int i = intent.ordinal();
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < INTENTS.length; j++) {
                support += confusion[i][j];
                predicted += confusion[j][i];
            }
            if (support == 0 && predicted == 0) {
                continue;
            }
            Metrics metrics = metrics(confusion[i][i], predicted, support);
            perIntent.put(intent, metrics);
            f1Sum += metrics.f1();
        }
        Metrics urgency = urgentLabelled == 0 ? null : metrics(urgentHit, urgentPredicted, urgentTrue);
        return new Report(List.copyOf(outcomes), confusion, share(correct, outcomes.size()),
                perIntent.isEmpty() ? 0 : f1Sum / perIntent.size(), perIntent, urgency);
    }

    /**
     * Trains on all but one of {@code folds} parts of {@code corpus} and classifies that part, for
     * each part in turn. Parts are whole groups (a hand-written line, or every variant of one
     * template), so a message is never judged by a model that saw its siblings.
     */
    public static Report crossValidate(List<LabelledMessage> corpus, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        var outcomes = new ArrayList<Outcome>();
        for (int fold = 0; fold < folds; fold++) {
            final int held = fold;
            List<LabelledMessage> training = corpus.stream().filter(m -> foldOf(m, folds) != held).toList();
            List<LabelledMessage> validation = corpus.stream().filter(m -> foldOf(m, folds) == held).toList();
            IntentClassifier classifier = IntentClassifier.train(training);
            for (LabelledMessage message : validation) {
                outcomes.add(new Outcome(message, classifier.classify(message.text())));
            }
        }
        return summarize(outcomes);
    }

    private static int foldOf(LabelledMessage message, int folds) {
        // Spread neighbouring lines (often the same topic) over different folds.
        return Math.floorMod(message.group() * 7919, folds);
    }

    private static Metrics metrics(int hits, int predicted, int support) {
        double precision = share(hits, predicted);
        double recall = share(hits, support);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(precision, recall, f1, support);
    }

    private static double share(double part, int whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
