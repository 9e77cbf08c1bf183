package com.wuyebot.bot.cluster;

import com.wuyebot.bot.testsupport.TestAccounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Residents asking a FAQ question without pause, one sender per instance, until stopped. */
final class FaqLoad {

  record Result(int answered, List<String> failures) {
  }

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger answered = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService senders;

  private FaqLoad(int instances) {
    senders = Executors.newFixedThreadPool(instances);
  }

  static FaqLoad start(BotProcess[] instances, String question, String expected) {
    FaqLoad load = new FaqLoad(instances.length);
    for (BotProcess instance : instances) {
      load.senders.submit(() -> load.ask(instance, question, expected));
    }
    return load;
  }

  private void ask(BotProcess instance, String question, String expected) {
    while (running.get()) {
      try {
        String reply = TestAccounts.say(instance.port(), TestAccounts.newOpenId(), question);
        if (reply != null && reply.contains(expected)) {
          answered.incrementAndGet();
        } else {
          failures.add("unexpected reply: " + reply);
        }
      } catch (RuntimeException e) {
        failures.add(e.toString());
      }
    }
  }

  Result stop() throws InterruptedException {
    running.set(false);
    senders.shutdown();
    senders.awaitTermination(30, TimeUnit.SECONDS);
    return new Result(answered.get(), List.copyOf(failures));
  }
}
