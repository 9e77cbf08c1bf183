package com.wuyebot.bot.state;

import com.wuyebot.integration.state.InMemoryStateStore;
import com.wuyebot.integration.state.RedisStateStore;
import com.wuyebot.integration.state.StateStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared state on Redis when {@code redis.url} is set, otherwise in this process. */
@Configuration(proxyBeanMethods = false)
class StateStoreConfiguration {

  private static final Logger log = LoggerFactory.getLogger(StateStoreConfiguration.class);

  @Bean
  StateStore stateStore(StateProperties properties, Clock clock) {
    if (properties.usesRedis()) {
      log.info("Shared state in Redis, namespace {}", properties.namespace());
      return RedisStateStore.connect(properties.url(), properties.namespace(), properties.timeout());
    }
    log.info("Shared state in process: run a single instance, or set redis.url");
    return new InMemoryStateStore(clock);
  }

  /** Down when Redis does not answer; the bot still answers FAQs then, with degraded dedup. */
  @Bean
  HealthIndicator stateStoreHealthIndicator(StateStore store, StateProperties properties) {
    String kind = properties.usesRedis() ? "redis" : "in-process";
    return () -> (store.isAvailable() ? Health.up() : Health.down()).withDetail("store", kind).build();
  }
}
