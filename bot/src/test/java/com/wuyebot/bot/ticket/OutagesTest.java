package com.wuyebot.bot.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutagesTest {

  private static final IncidentProperties DEFAULTS = new IncidentProperties(true, java.time.Duration.ofHours(2), 2, null);

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "3栋2单元502, 3栋",
      "03栋1单元101, 3栋",
      "12-1-1101, 12栋",
      "5号楼1门301, 5栋",
      "7幢301, 7栋",
      "2座1501, 2栋",
      "8号1单元201, 8栋",
      "地下车库B2, -",
      "-, -",
  })
  void readsTheBuildingOfAHouse(String house, String building) {
    assertThat(Outages.buildingOf(house)).isEqualTo(Optional.ofNullable(building));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "水电, 家里停水了, 停水",
      "水电, 水龙头一点水都没有了, -",
      "水电, 我家也没水了, 停水",
      "电, 突然停电了, 停电",
      "水电, 总闸跳闸了整栋楼没电, 停电",
      "电梯, 3号电梯不动了, 电梯",
      "公共设施, 电梯按钮坏了, 电梯",
      "停水, 供水异常, 停水",
      "门窗, 窗户关不上, -",
  })
  void readsTheKindOfOutageFromCategoryAndDescription(String category, String description, String kind) {
    assertThat(Outages.kindOf(category, description, DEFAULTS.kinds())).isEqualTo(Optional.ofNullable(kind));
  }
}
