package com.wuyebot.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuyebot.bot.resident.Phones;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void findsMobileNumbersOnceEachAndMasksThem() {
    List<String> phones = PhoneNumbers.in(List.of("我的电话13812345678，打不通就打 15900001111", "还是13812345678",
        "订单号 2138123456789 不是电话", "座机 021-12345678"));

    assertThat(phones).containsExactly("13812345678", "15900001111");
    assertThat(phones.stream().map(Phones::masked)).containsExactly("138****5678", "159****1111");
  }

  @Test
  void masksEveryMobileNumberInAText() {
    assertThat(PhoneNumbers.maskAll("打13812345678或15900001111都行")).isEqualTo("打138****5678或159****1111都行");
    assertThat(PhoneNumbers.maskAll(null)).isNull();
  }
}
