package com.wuyebot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      thing2            | 厨房水管漏水                              | 厨房水管漏水
      thing2            | 三号楼二单元1502室厨房水槽下方水管接口漏水严重需要更换 | 三号楼二单元1502室厨房水槽下方水管接
      thing10           | ' 电梯维保 '                              | 电梯维保
      character_string1 | BX20261126-0012                          | BX20261126-0012
      character_string1 | 工单BX20261126-0012号                     | BX20261126-0012
      character_string1 | ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      | ABCDEFGHIJKLMNOPQRSTUVWXYZ012345
      phrase3           | 已派单                                    | 已派单
      time4             | 2026-11-26 14:00                         | 2026-11-26 14:00
      """)
  void fitsEachValueToItsKeywordRule(String keyword, String value, String expected) {
    assertThat(TemplateValues.fit(keyword, value)).isEqualTo(expected);
  }

  @Test
  void countsCharactersNotUtf16UnitsWhenCuttingThings() {
    String twentyTwoEmoji = "🔧".repeat(22);

    String fitted = TemplateValues.fit("thing1", twentyTwoEmoji);

    assertThat(fitted.codePointCount(0, fitted.length())).isEqualTo(20);
    assertThat(fitted).isEqualTo("🔧".repeat(20));
  }

  @Test
  void mapsFeatureNamesToTheTemplatesKeywordsAndKeepsKeywordsGivenDirectly() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("number", "报修单BX20261126-0012");
    data.put("title", "三号楼二单元1502室厨房水槽下方水管接口漏水");
    data.put("time3", "2026-11-26 14:00");

    Map<String, String> fitted = TemplateValues.forTemplate(data,
        Map.of("number", "character_string1", "title", "thing2"));

    assertThat(fitted).containsExactly(
        Map.entry("character_string1", "BX20261126-0012"),
        Map.entry("thing2", "三号楼二单元1502室厨房水槽下方水管接"),
        Map.entry("time3", "2026-11-26 14:00"));
  }
}
