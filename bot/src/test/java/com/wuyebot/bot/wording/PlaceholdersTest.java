package com.wuyebot.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void fillsNamedPlaceholdersAndLeavesUnknownOnesVisible() {
    assertThat(Placeholders.fill("工单号 {number}，负责人{name}，{missing}", Map.of("number", "BX1", "name", "王师傅")))
        .isEqualTo("工单号 BX1，负责人王师傅，{missing}");
  }

  @Test
  void valuesAreInsertedLiterally() {
    assertThat(Placeholders.fill("{a}", Map.of("a", "$1 \\ {b}"))).isEqualTo("$1 \\ {b}");
  }

  @Test
  void findsTheNamesATextUses() {
    assertThat(Placeholders.namesIn("{deskPhone} 和 {number}，{} {1x}")).containsExactly("deskPhone", "number");
  }
}
