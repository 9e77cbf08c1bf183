package com.wuyebot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.TestKnowledge;
import com.wuyebot.knowledge.faq.FaqEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaqSearchTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void buildKnowledgeBase() {
        kb = KnowledgeBase.inMemory(SearchSettings.defaults());
        kb.rebuild(TestKnowledge.entries());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            物业费一平米多少钱                     | t-fee-price
            物管费单价                             | t-fee-pay-or-price
            管理费能用微信交吗                     | t-fee-pay
            物业非在手机上怎么付                   | t-fee-pay
            管理费拖欠了会罚钱吗                   | t-fee-late
            想在地库包个月停车 要带什么            | t-park-monthly
            朋友开车过来找我 车停哪                | t-park-visitor
            门卡弄丢了 怎么再办一张                | t-card-lost
            IC卡掉了咋整                           | t-card-lost
            暖气哪天开始烧                         | t-heat-start
            供热期是几月到几月                     | t-heat-start
            想养条小狗 要去哪登记                  | t-pet-register
            旧沙发不要了扔哪                       | t-waste-bulky
            人被关在电梯里出不去怎么办             | t-lift-trapped
            周六可以装修打墙吗                     | t-reno-hours
            包裹一般送到哪 去哪取                  | t-parcel-locker
            """)
    void ranksTheRightEntryFirst(String question, String expected) {
        Decision decision = kb.ask(question, null);
        String top = decision.ranking().get(0).entry().id();
        if (expected.equals("t-fee-pay-or-price")) {
            assertThat(top).isIn("t-fee-price", "t-fee-pay");
        } else {
            assertThat(top).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            门禁卡丢了怎么补办            | t-card-lost
            电梯困人了怎么求救            | t-lift-trapped
            每年几号开始供暖              | t-heat-start
            """)
    void answersClearQuestionsConfidently(String question, String expected) {
        Decision decision = kb.ask(question, null);
        assertThat(decision.kind()).isEqualTo(Decision.Kind.ANSWER);
        assertThat(decision.best()).map(FaqEntry::id).contains(expected);
        assertThat(decision.candidates()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天天气怎么样", "帮我推荐一部电影", "哈哈你真逗", "股票明天会涨吗"})
    void saysItDoesNotKnowUnrelatedChat(String question) {
        Decision decision = kb.ask(question, null);
        assertThat(decision.kind()).isNotEqualTo(Decision.Kind.ANSWER);
        assertThat(decision.best()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我家门口的电梯坏了", "楼上装修太吵了", "门禁卡坏了 刷了没反应", "小区的垃圾没人收 太臭了"})
    void neverAnswersBareFaultReportsConfidently(String report) {
        assertThat(kb.ask(report, null).kind()).isNotEqualTo(Decision.Kind.ANSWER);
    }

    @Test
    void suggestsAtMostThreeCloseEntriesWhenUnsure() {
        Decision decision = kb.ask("管理费", null);
        assertThat(decision.kind()).isEqualTo(Decision.Kind.SUGGEST);
        assertThat(decision.candidates()).hasSizeBetween(2, 3)
                .allSatisfy(c -> assertThat(c.entry().id()).startsWith("t-fee-"));
        assertThat(decision.best()).isEmpty();
    }

    @Test
    void prefersTheEntryWhosePhrasingMatchesWithoutAnExtraTopic() {
        // Both fee entries name 管理费 and paying; only the late-payment one adds arrears and a fine.
        Decision decision = kb.ask("管理费在哪交", null);
        Candidate first = decision.ranking().get(0);
        assertThat(first.entry().id()).isEqualTo("t-fee-pay");
        assertThat(decision.ranking()).filteredOn(c -> c.entry().id().equals("t-fee-late"))
                .allSatisfy(late -> assertThat(late.fit()).isLessThan(first.fit()));
        assertThat(first.fit()).isBetween(0.0, 1.0);
    }

    @Test
    void answersNothingForAnEmptyQuestion() {
        assertThat(kb.ask("", null).kind()).isEqualTo(Decision.Kind.NONE);
        assertThat(kb.ask("？？", null).kind()).isEqualTo(Decision.Kind.NONE);
    }

    @Test
    void tellsReportsFromQuestions() {
        var cues = StatementCues.defaults();
        assertThat(cues.isBareReport("我家卫生间漏水了")).isTrue();
        assertThat(cues.isBareReport("楼上太吵了 一宿没睡")).isTrue();
        assertThat(cues.isBareReport("路灯又坏了 到底管不管")).isTrue();
        assertThat(cues.isBareReport("卫生间漏水了怎么办")).isFalse();
        assertThat(cues.isBareReport("马桶坏了物业修不")).isFalse();
        assertThat(cues.isBareReport("物业费怎么交")).isFalse();
    }
}
