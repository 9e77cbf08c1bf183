package com.wuyebot.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqAnalysisTest {

    private static final FaqAnalysis ANALYSIS = FaqAnalysis.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            物业费怎么交              | 物业费 ?how 缴费
            管理费在哪缴纳            | 物业费 ?where 缴费
            物管费可以微信付吗        | 物业费 ?can ~手机 缴费
            停车位可以租吗            | 车位 停车 ?can 租赁
            地下车库月租卡多少钱      | 车库 月卡 ?price
            门卡丢了怎么补办          | 门禁卡 丢失 ?how 补办
            IC卡丢了                  | 门禁卡 丢失
            暖气不热                  | 暖气 不热
            地暖什么时候供热          | 暖气 ?time 暖气
            电梯坏了                  | 电梯 故障
            升降梯被困                | 电梯 被困
            小电驴在哪充电            | 电动自行车 ?where 充电
            狗屎没人管                | 粪便 不作为
            管理费交到哪个月了        | 物业费 缴费 ?time
            在哪查缴费记录            | ?where 查询 账单 缴费
            """)
    void foldsDomainSynonymsIntoConcepts(String text, String expected) {
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, text)).containsExactly(expected.split(" "));
    }

    @Test
    void readsMisspeltDomainWordsBySound() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "物业非怎么交")).containsExactly("物业费", "?how", "缴费");
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "暖器不热")).containsExactly("暖气", "不热");
    }

    @Test
    void foldsTraditionalAndFullWidthCharacters() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "門禁卡丟了怎麼補辦")).containsExactly("门禁卡", "丢失", "?how", "补办");
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "ＩＣ卡丢了")).containsExactly("门禁卡", "丢失");
        assertThat(TextNormalizer.normalize("ＡＢＣ１２３，電梯")).isEqualTo("abc123,电梯");
    }

    @Test
    void keepsSingleCharacterSurfacesOnlyAsWholeWords() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "交通方便吗")).doesNotContain("缴费");
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "在哪交")).contains("缴费");
    }

    @Test
    void keepsAContainedMatchOnlyWhenItAddsAConcept() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "施工许可")).containsExactly("手续", "装修");
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "地下车库")).containsExactly("车库");
        assertThat(ANALYSIS.tokens(FaqAnalysis.CONCEPT, "我家电表")).contains("电表");
    }

    @Test
    void findsWordsTheVocabularyDoesNotExplain() {
        assertThat(ANALYSIS.unexplainedWords("小区附近有超市吗")).contains("超市").doesNotContain("小区");
        assertThat(ANALYSIS.unexplainedWords("地面包月多少钱")).isEmpty();
    }

    @Test
    void segmentsWordsWithSmartcnAndDropsStopWords() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.WORD, "停车位可以租吗")).containsExactly("停车位", "可以", "租");
        assertThat(ANALYSIS.tokens(FaqAnalysis.WORD, "你好，请问电梯坏了找谁")).containsExactly("电梯", "坏", "找", "谁");
    }

    @Test
    void indexesCharacterBigramsAsSafetyNet() {
        assertThat(ANALYSIS.tokens(FaqAnalysis.GRAM, "电梯坏了")).containsExactly("电梯", "梯坏", "坏了");
    }

    @Test
    void rejectsVocabularyThatGivesOneSurfaceTwoMeanings() {
        assertThatThrownBy(() -> DomainVocabulary.parse(List.of("车位: 位子", "座位: 位子")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void acceptsCompanyVocabularyOnTopOfTheDefaults() {
        var analysis = new FaqAnalysis(DomainVocabulary.withExtra(List.of("物业费: 服务费单")));
        assertThat(analysis.tokens(FaqAnalysis.CONCEPT, "服务费单怎么交")).containsExactly("物业费", "?how", "缴费");
    }
}
