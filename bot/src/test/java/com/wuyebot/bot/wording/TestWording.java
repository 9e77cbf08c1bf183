package com.wuyebot.bot.wording;

import static org.mockito.Mockito.mock;

import java.time.Clock;

/** The shipped sentences without a database, for unit tests of the features that use them. */
public final class TestWording {

  public static final ServiceDeskProperties DESK = new ServiceDeskProperties("客服中心", "0571-88886666", "工作日 9:00-18:00");

  private TestWording() {
  }

  public static Wording defaults() {
    return new Wording(new WordingDefaults(), mock(WordingOverrideRepository.class), DESK, Clock.systemUTC());
  }
}
