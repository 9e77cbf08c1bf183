package com.wuyebot.bot.escalation;

import com.wuyebot.bot.state.StateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EscalationConfiguration.class);

  /** Closed by {@link InboxStream} on shutdown. */
  @Bean(destroyMethod = "")
  InboxBroadcast inboxBroadcast(StateProperties state) {
    if (state.url() != null && !state.url().isBlank()) {
      log.info("Console events shared through Redis pub/sub");
      return new RedisInboxBroadcast(state.url(), state.namespace());
    }
    return new LocalInboxBroadcast();
  }
}
