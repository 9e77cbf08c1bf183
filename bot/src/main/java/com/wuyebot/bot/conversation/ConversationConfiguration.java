package com.wuyebot.bot.conversation;

import com.wuyebot.knowledge.intent.IntentClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

  /** Trained here, at start, so the first resident does not wait the ~0.6 s of training. */
  @Bean
  IntentClassifier intentClassifier() {
    IntentClassifier classifier = IntentClassifier.standard();
    classifier.classify("你好");
    return classifier;
  }
}
