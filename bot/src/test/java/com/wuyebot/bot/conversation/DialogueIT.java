package com.wuyebot.bot.conversation;

import com.wuyebot.bot.testsupport.RunningBot;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The scripted dialogues of dialogues/one-instance.dialogue through the real webhook, on a clock
 * the script moves (session timeout, 催单 interval, binding lock) and with an agent queue that
 * records hand-overs.
 */
@Import(DialogueIT.Doubles.class)
class DialogueIT extends RunningBot {

  @TestConfiguration
  static class Doubles {

    @Bean
    @Primary
    RunningClock runningClock() {
      return new RunningClock();
    }

    /** Replaces the console's queue, whose answers depend on the hour agents work. */
    @Bean
    @Primary
    RecordingHandoff recordingHandoff() {
      return new RecordingHandoff();
    }
  }

  @Autowired
  ApplicationContext context;

  static Stream<Dialogue> dialogues() {
    return Dialogue.read("/dialogues/one-instance.dialogue").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialogues")
  void playsTheDialogue(Dialogue dialogue) {
    new DialogueRunner(Map.of("a", new DialogueRunner.Instance(port, context)), api()).play(dialogue);
  }
}
