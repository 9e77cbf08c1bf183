package com.wuyebot.bot.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator of the JSON API (/api/**), until the console brings its own users.
 *
 * @param password plain text from the environment; when empty the API admits nobody
 */
@ConfigurationProperties("bot.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

  boolean isConfigured() {
    return password != null && !password.isBlank();
  }
}
