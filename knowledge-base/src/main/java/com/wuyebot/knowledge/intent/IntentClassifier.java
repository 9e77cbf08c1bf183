package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.DomainVocabulary;
import com.wuyebot.knowledge.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells what a resident wants from one message ({@link Intent}) and whether it reports an
 * emergency. A multinomial logistic regression over character bigrams, words, domain concepts and
 * general cue groups, trained at start-up on the messages the project ships; urgency comes from
 * rules ({@link UrgencyDetector}). Immutable once trained: share one instance between threads.
 *
 * <pre>
 *   Classification c = IntentClassifier.standard().classify("3栋2单元502 厨房水管漏水了");
 *   c.intent();   // REPAIR
 *   c.urgent();   // false
 * </pre>
 */
public final class IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);
    private static final Intent[] INTENTS = Intent.values();

    private final MessageFeatures features;
    private final UrgencyDetector urgency;
    private final SoftmaxRegression model;

    private IntentClassifier(MessageFeatures features, UrgencyDetector urgency, SoftmaxRegression model) {
        this.features = features;
        this.urgency = urgency;
        this.model = model;
    }

    /** Trained once on the shipped training data with the default vocabulary. */
    public static IntentClassifier standard() {
        return Holder.STANDARD;
    }

    /** Trains a classifier on {@code messages} with the default vocabulary and settings. */
    public static IntentClassifier train(List<LabelledMessage> messages) {
        return train(messages, DomainVocabulary.defaults());
    }

    /** Trains on {@code messages}, reading domain concepts with {@code vocabulary} (e.g. a company's own words). */
    public static IntentClassifier train(List<LabelledMessage> messages, DomainVocabulary vocabulary) {
        return train(messages, vocabulary, SoftmaxRegression.Settings.defaults());
    }

    static IntentClassifier train(List<LabelledMessage> messages, DomainVocabulary vocabulary,
                                  SoftmaxRegression.Settings settings) {
        return train(messages, new MessageFeatures(vocabulary, CueLexicon.defaults()), settings);
    }

    static IntentClassifier train(List<LabelledMessage> messages, MessageFeatures extractor,
                                  SoftmaxRegression.Settings settings) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no training messages");
        }
        long started = System.nanoTime();
        CueLexicon cues = CueLexicon.defaults();
        // Reading features (segmentation, pinyin) is most of the cost; order is kept, so still deterministic.
        List<Map<String, Double>> inputs = messages.parallelStream().map(m -> extractor.extract(m.text())).toList();
        int[] labels = messages.stream().mapToInt(m -> m.intent().ordinal()).toArray();
        long extracted = System.nanoTime();
        SoftmaxRegression model = SoftmaxRegression.train(inputs, labels, INTENTS.length, settings);
        log.info("Trained intent classifier on {} messages ({} features) in {} ms ({} ms reading features)",
                messages.size(), model.featureCount(), (System.nanoTime() - started) / 1_000_000,
                (extracted - started) / 1_000_000);
        return new IntentClassifier(extractor, new UrgencyDetector(cues), model);
    }

    /** The shipped training messages, expanded from their templates. */
    public static List<LabelledMessage> standardTrainingData() {
        return TrainingCorpus.standard();
    }

    public Classification classify(String text) {
        String normal = TextNormalizer.normalize(text == null ? "" : text).strip();
        boolean urgent = urgency.isUrgentNormalized(normal);
        if (normal.isEmpty()) {
            var ranking = new ArrayList<Classification.Score>();
            for (Intent intent : INTENTS) {
                ranking.add(new Classification.Score(intent, intent == Intent.OTHER ? 1 : 0));
            }
            ranking.sort(Comparator.comparingDouble(Classification.Score::probability).reversed());
            return new Classification(Intent.OTHER, 1, false, ranking);
        }
        double[] probabilities = model.predict(features.extract(normal));
        var ranking = new ArrayList<Classification.Score>(INTENTS.length);
        for (Intent intent : INTENTS) {
            ranking.add(new Classification.Score(intent, probabilities[intent.ordinal()]));
        }
        ranking.sort(Comparator.comparingDouble(Classification.Score::probability).reversed());
        Classification.Score best = ranking.get(0);
        return new Classification(best.intent(), best.probability(), urgent, ranking);
    }

    /** Whether {@code text} reports an emergency, without classifying the intent. */
    public boolean isUrgent(String text) {
        return urgency.isUrgent(text == null ? "" : text);
    }

    private static final class Holder {
        static final IntentClassifier STANDARD = train(TrainingCorpus.standard());
    }
}
