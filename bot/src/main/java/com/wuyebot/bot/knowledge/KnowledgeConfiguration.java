package com.wuyebot.bot.knowledge;

import com.wuyebot.knowledge.KnowledgeBase;
import com.wuyebot.knowledge.search.SearchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KnowledgeConfiguration {

  /** In memory: the index is rebuilt from the database at every start, in seconds even for 10,000 entries. */
  @Bean(destroyMethod = "close")
  KnowledgeBase knowledgeBase() {
    return KnowledgeBase.inMemory(SearchSettings.defaults());
  }
}
