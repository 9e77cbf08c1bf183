package com.wuyebot.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainingCorpusTest {

    @Test
    void expandsTemplatesWithSlotsAndInlineChoices() {
        List<LabelledMessage> messages = TrainingCorpus.parse(List.of(
                "@place = 厨房 | 卫生间",
                "REPAIR*4 {place}[漏水|堵了]",
                "FAQ 物业费怎么交"));

        assertThat(messages).extracting(LabelledMessage::text)
                .containsExactlyInAnyOrder("厨房漏水", "厨房堵了", "卫生间漏水", "卫生间堵了", "物业费怎么交");
        assertThat(messages).filteredOn(m -> m.intent() == Intent.REPAIR).extracting(LabelledMessage::group)
                .containsOnly(2);
    }

    @Test
    void marksUrgentLinesAndKeepsOthersNotUrgent() {
        List<LabelledMessage> messages = TrainingCorpus.parse(List.of("REPAIR! 煤气味很大", "REPAIR 灯坏了"));

        assertThat(messages).extracting(LabelledMessage::urgent).containsExactly(true, false);
    }

    @Test
    void expandsTheSameWayEveryTime() {
        assertThat(TrainingCorpus.standard()).isEqualTo(TrainingCorpus.standard());
    }

    @Test
    void rejectsUnknownSlotsAndLabels() {
        assertThatThrownBy(() -> TrainingCorpus.parse(List.of("FAQ {nowhere}怎么交")))
                .hasMessageContaining("unknown slot");
        assertThatThrownBy(() -> TrainingCorpus.parse(List.of("WISH 我想要")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedCorpusCoversEveryIntentWithoutContradictions() {
        List<LabelledMessage> corpus = TrainingCorpus.standard();

        assertThat(corpus.stream().map(LabelledMessage::intent).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Intent.class));
        assertThat(corpus.stream().filter(LabelledMessage::urgent)).hasSizeGreaterThan(20);
        assertThat(corpus.stream().collect(Collectors.groupingBy(LabelledMessage::text,
                Collectors.mapping(LabelledMessage::intent, Collectors.toSet()))))
                .allSatisfy((text, intents) -> assertThat(intents).as(text).hasSize(1));
    }
}
