package com.wuyebot.bot.messaging;

import java.time.Duration;

/** The customer-service limits of PROTOCOL.md §5.3: what each kind of resident interaction allows. */
record WindowRules(Duration messageWindow, int messageSends, Duration shortWindow, int shortSends) {

  static WindowRules defaults() {
    return new WindowRules(Duration.ofHours(48), 5, Duration.ofMinutes(1), 3);
  }
}
