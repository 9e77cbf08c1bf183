package com.wuyebot.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesConverterTest {

  private final LinesConverter converter = new LinesConverter();

  @Test
  void storesOneItemPerLineAndReadsThemBack() {
    String column = converter.convertToDatabaseColumn(List.of("门卡丢了", "门禁卡\r\n补办"));

    assertThat(column).isEqualTo("门卡丢了\n门禁卡 补办");
    assertThat(converter.convertToEntityAttribute(column)).containsExactly("门卡丢了", "门禁卡 补办");
  }

  @Test
  void anEmptyColumnIsAnEmptyList() {
    assertThat(converter.convertToEntityAttribute("")).isEmpty();
    assertThat(converter.convertToDatabaseColumn(List.of())).isEmpty();
  }
}
