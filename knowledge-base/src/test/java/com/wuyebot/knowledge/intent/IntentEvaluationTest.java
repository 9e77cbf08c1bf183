package com.wuyebot.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntentEvaluationTest {

    @Test
    void computesAccuracyPerIntentScoresAndMacroF1() {
        List<LabelledMessage> messages = List.of(
                new LabelledMessage("电梯坏了", Intent.REPAIR),
                new LabelledMessage("厨房水管漏水了", Intent.REPAIR),
                new LabelledMessage("物业费多少钱一平米", Intent.FAQ),
                new LabelledMessage("你好", Intent.GREETING));

        IntentEvaluation.Report report = IntentEvaluation.run(IntentClassifier.standard(), messages);

        assertThat(report.accuracy()).isEqualTo(1.0);
        assertThat(report.macroF1()).isEqualTo(1.0);
        assertThat(report.perIntent()).containsOnlyKeys(Intent.REPAIR, Intent.FAQ, Intent.GREETING);
        assertThat(report.perIntent().get(Intent.REPAIR).support()).isEqualTo(2);
        assertThat(report.urgency()).isNull();
        assertThat(report.toJson()).startsWith("{\"messages\": 4, \"accuracy\": 1.0000, \"macro_f1\": 1.0000, "
                + "\"per_intent\": {\"FAQ\": {\"precision\": 1.0000");
    }

    @Test
    void countsAWrongPredictionAgainstBothIntents() {
        // A greeting labelled as a complaint: COMPLAINT has recall 0, GREETING precision 1/2.
        List<LabelledMessage> messages = List.of(
                new LabelledMessage("你好", Intent.COMPLAINT),
                new LabelledMessage("您好", Intent.GREETING));

        IntentEvaluation.Report report = IntentEvaluation.run(IntentClassifier.standard(), messages);

        assertThat(report.accuracy()).isEqualTo(0.5);
        assertThat(report.perIntent().get(Intent.COMPLAINT).recall()).isZero();
        assertThat(report.perIntent().get(Intent.GREETING).precision()).isEqualTo(0.5);
        assertThat(report.macroF1()).isCloseTo((0 + 2 * 0.5 / 1.5) / 2, within(1e-9));
        assertThat(report.errors()).hasSize(1);
    }
}
