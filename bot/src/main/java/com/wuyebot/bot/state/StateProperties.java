package com.wuyebot.bot.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url       {@code redis://host:port[/db]}; when empty, shared state lives in this process only
 * @param namespace prefix of every key, so several deployments can share one Redis
 * @param timeout   connect and read timeout; short, so a Redis outage degrades quickly
 */
@ConfigurationProperties("redis")
public record StateProperties(String url, @DefaultValue("wuyebot") String namespace, @DefaultValue("2s") Duration timeout) {

  boolean usesRedis() {
    return url != null && !url.isBlank();
  }
}
