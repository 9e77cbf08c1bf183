package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.DomainVocabulary;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures what each feature family adds (figures in INTENTS.md). Not a test: run it by hand with
 * the test class path and a labelled file, e.g. {@code IntentAblation ../shared/eval/intent-dev.jsonl}.
 */
final class IntentAblation {

    public static void main(String[] args) throws Exception {
        List<LabelledMessage> data = LabelledMessage.readJsonLines(Path.of(args[0]));
        List<LabelledMessage> training = TrainingCorpus.standard();
        report("bigrams only", training, data, EnumSet.of(MessageFeatures.Family.BIGRAMS));
        report("bigrams+words", training, data, EnumSet.of(MessageFeatures.Family.BIGRAMS, MessageFeatures.Family.WORDS));
        report("bigrams+words+concepts", training, data, EnumSet.complementOf(EnumSet.of(MessageFeatures.Family.CUES)));
        report("cues only", training, data, EnumSet.of(MessageFeatures.Family.CUES));
        report("all", training, data, EnumSet.allOf(MessageFeatures.Family.class));
    }

    private static void report(String name, List<LabelledMessage> training, List<LabelledMessage> data,
                               Set<MessageFeatures.Family> families) {
        var features = new MessageFeatures(DomainVocabulary.defaults(), CueLexicon.defaults(), families);
        var classifier = IntentClassifier.train(training, features, SoftmaxRegression.Settings.defaults());
        var report = IntentEvaluation.run(classifier, data);
        System.out.printf(Locale.ROOT, "%-26s accuracy %.3f  macro-F1 %.3f%n", name, report.accuracy(), report.macroF1());
    }
}
