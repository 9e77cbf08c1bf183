package com.wuyebot.bot.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseAddressTest {

  @ParameterizedTest(name = "{0} {1} {2} is 3栋2单元502")
  @CsvSource({
      "3栋, 2单元, 502",
      "3号楼, 2, 502室",
      "三栋, 二单元, 五零二",
      "3, 2门, 502号",
      "３号楼, ２单元, ５０２",
      "' 3 ', ' 2 ', ' 502 '",
  })
  void waysOfWritingTheSameHouseCompareEqual(String building, String unit, String room) {
    HouseAddress address = new HouseAddress("阳光花园", building, unit, room);

    assertThat(address).isEqualTo(new HouseAddress("阳光花园", "3", "2", "502"));
    assertThat(address.label()).isEqualTo("3栋2单元502");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "A座, A",
      "b栋, B",
      "十二, 12",
      "二十号楼, 20",
      "'', ''",
  })
  void normalisesEachPart(String raw, String expected) {
    assertThat(HouseAddress.part(raw)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aHouseWithoutUnitIsLabelledWithoutOne() {
    assertThat(new HouseAddress("翠湖别墅", "12", null, "1").label()).isEqualTo("12栋1");
    assertThat(new HouseAddress("翠湖别墅", "12", "", "").isComplete()).isFalse();
  }
}
