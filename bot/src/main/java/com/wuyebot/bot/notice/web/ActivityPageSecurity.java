package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.shared.PublicLinkPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The activity sign-up page, opened from a resident's signed link (see {@link PublicLinkPages}). */
@Configuration(proxyBeanMethods = false)
class ActivityPageSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain activityPages(HttpSecurity http) throws Exception {
    return PublicLinkPages.securityChain(http, "/activity/**");
  }
}
