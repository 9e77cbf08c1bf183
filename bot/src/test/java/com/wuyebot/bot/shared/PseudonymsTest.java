package com.wuyebot.bot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

  private final Pseudonyms pseudonyms = new Pseudonyms("key-1");

  @Test
  void isStableAndDoesNotRevealTheOpenid() {
    String openId = "oXyZ1234567890abcdefghijklmn";

    assertThat(pseudonyms.of(openId)).isEqualTo(pseudonyms.of(openId)).startsWith("r-").hasSize(14)
        .doesNotContain("oXyZ").doesNotContain("1234567890");
  }

  @Test
  void differsBetweenResidentsAndBetweenKeys() {
    assertThat(pseudonyms.of("oAAAA")).isNotEqualTo(pseudonyms.of("oBBBB"));
    assertThat(new Pseudonyms("key-2").of("oAAAA")).isNotEqualTo(pseudonyms.of("oAAAA"));
    assertThat(pseudonyms.of(null)).isEqualTo("r-none");
  }

  @Test
  void isTheSameWhenManyThreadsAskAtOnce() throws Exception {
    List<String> openIds = IntStream.range(0, 2_000).mapToObj(i -> "oResident" + i).toList();
    List<String> expected = openIds.stream().map(new Pseudonyms("key-1")::of).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> tasks = IntStream.range(0, 8)
          .<Callable<List<String>>>mapToObj(t -> () -> openIds.stream().map(pseudonyms::of).toList()).toList();
      for (Future<List<String>> result : threads.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
