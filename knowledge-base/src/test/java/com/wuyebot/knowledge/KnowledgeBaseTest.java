package com.wuyebot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.search.Candidate;
import com.wuyebot.knowledge.search.Decision;
import com.wuyebot.knowledge.search.SearchSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private KnowledgeBase kb;

    @BeforeEach
    void open() {
        kb = KnowledgeBase.inMemory(SearchSettings.defaults());
        kb.rebuild(TestKnowledge.entries());
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void findsAnEditedAnswerWithinOneSecond() {
        FaqEntry edited = TestKnowledge.entry("t-card-lost").withAnswer("补办门禁卡请到2号楼新客服中心，工本费15元。");
        long start = System.nanoTime();
        kb.upsert(edited);
        Decision decision = kb.ask("门禁卡丢了怎么补办", null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(1000);
        assertThat(decision.best()).map(FaqEntry::answer).contains(edited.answer());
        assertThat(kb.size()).isEqualTo(TestKnowledge.entries().size());
    }

    @Test
    void findsANewEntryAndForgetsARemovedOne() {
        var entry = FaqEntry.of("t-new", "公共设施", "游泳池几点开放？", List.of("泳池开放时间"), "每天9:00-21:00。", List.of("泳池"));
        kb.upsert(entry);
        assertThat(topId("游泳池几点开放")).isEqualTo("t-new");

        kb.remove("t-new");
        assertThat(ids(kb.ask("游泳池几点开放", null))).doesNotContain("t-new");
    }

    @Test
    void neverShowsADisabledEntry() {
        kb.upsert(TestKnowledge.entry("t-lift-trapped").withEnabled(false));
        assertThat(ids(kb.ask("电梯困人如何求助", null))).doesNotContain("t-lift-trapped");
        assertThat(kb.size()).isEqualTo(TestKnowledge.entries().size() - 1);

        kb.upsert(TestKnowledge.entry("t-lift-trapped"));
        assertThat(topId("电梯困人如何求助")).isEqualTo("t-lift-trapped");
    }

    @Test
    void letsACommunityEntryOverrideTheGlobalOneWithTheSameQuestion() {
        FaqEntry global = TestKnowledge.entry("t-fee-price");
        var own = new FaqEntry("t-fee-price-east", "收费", "管理费的收费标准是什么?", global.similar(),
                "东区住宅2.30元/平方米·月。", global.keywords(), true, Set.of("east"), 1);
        kb.upsert(own);

        assertThat(ids(kb.ask("管理费的收费标准", "east"))).contains("t-fee-price-east").doesNotContain("t-fee-price");
        assertThat(ids(kb.ask("管理费的收费标准", "west"))).contains("t-fee-price").doesNotContain("t-fee-price-east");
        assertThat(ids(kb.ask("管理费的收费标准", null))).contains("t-fee-price").doesNotContain("t-fee-price-east");
    }

    @Test
    void keepsACommunityEntryToItsCommunity() {
        var entry = new FaqEntry("t-east-gym", "设施", "东区健身房几点开门？", List.of(), "6:00-22:00。", List.of("健身房"),
                true, Set.of("east"), 0);
        kb.upsert(entry);
        assertThat(ids(kb.ask("健身房几点开门", "east"))).contains("t-east-gym");
        assertThat(ids(kb.ask("健身房几点开门", "west"))).doesNotContain("t-east-gym");
    }

    @Test
    void rebuildReplacesEverything() {
        kb.rebuild(List.of(TestKnowledge.entry("t-heat-start")));
        assertThat(kb.size()).isEqualTo(1);
        assertThat(ids(kb.ask("门禁卡丢了怎么补办", null))).doesNotContain("t-card-lost");
    }

    @Test
    void keepsItsIndexInADirectoryAcrossRestarts(@TempDir Path directory) {
        try (var onDisk = KnowledgeBase.open(directory, SearchSettings.defaults())) {
            onDisk.rebuild(TestKnowledge.entries());
            onDisk.upsert(TestKnowledge.entry("t-pet-register").withEnabled(false));
        }
        try (var reopened = KnowledgeBase.open(directory, SearchSettings.defaults())) {
            assertThat(reopened.size()).isEqualTo(TestKnowledge.entries().size() - 1);
            assertThat(reopened.ask("门禁卡丢了怎么补办", null).best()).map(FaqEntry::id).contains("t-card-lost");
        }
    }

    @Test
    void answersWhileEntriesChangeConcurrently() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        assertThat(topId("每年几号开始供暖")).isEqualTo("t-heat-start");
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    kb.upsert(TestKnowledge.entry("t-card-lost").withAnswer("版本 " + i));
                }
            }));
            for (Future<?> future : work) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(kb.ask("门禁卡丢了怎么补办", null).best()).map(FaqEntry::answer).contains("版本 19");
    }

    private String topId(String question) {
        return kb.ask(question, null).ranking().get(0).entry().id();
    }

    private static List<String> ids(Decision decision) {
        return decision.ranking().stream().map(Candidate::entry).map(FaqEntry::id).toList();
    }
}
