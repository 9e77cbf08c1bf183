package com.wuyebot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A company that starts with a handful of entries gets answers too, not only suggestions. */
class SmallKnowledgeBaseTest {

    private final KnowledgeBase kb = KnowledgeBase.inMemory(SearchSettings.defaults());

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void aSingleEntryAnswersItsOwnQuestionAndNothingElse() {
        kb.rebuild(List.of(FaqEntry.of("card", "门禁", "门禁卡丢了怎么补办？", List.of(), "带身份证到物业前台补办。", List.of("门禁卡"))));

        assertThat(kb.ask("门禁卡丢了怎么补办", null).kind()).isEqualTo(Decision.Kind.ANSWER);
        assertThat(kb.ask("明天会下雨吗", null).kind()).isEqualTo(Decision.Kind.NONE);
    }

    @Test
    void threeEntriesAnswerTheirQuestionsAskedWordForWord() {
        kb.rebuild(List.of(
            FaqEntry.of("fee", "物业费", "物业费在哪里交？", List.of(), "公众号里可以缴费。", List.of("物业费")),
            FaqEntry.of("card", "门禁", "门禁卡丢了怎么补办？", List.of(), "带身份证到物业前台补办。", List.of("门禁卡")),
            FaqEntry.of("pet", "宠物", "小区里养狗有什么规定？", List.of(), "遛狗必须拴绳。", List.of("养狗"))));

        for (String question : List.of("物业费在哪里交", "门禁卡丢了怎么补办", "小区里养狗有什么规定")) {
            assertThat(kb.ask(question, null).kind()).as(question).isEqualTo(Decision.Kind.ANSWER);
        }
    }
}
