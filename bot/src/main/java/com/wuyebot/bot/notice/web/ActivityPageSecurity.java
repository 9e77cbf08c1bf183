package com.wuyebot.bot.notice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The activity sign-up page is open to anyone holding a link: the link's signature is checked by the page, and it
 * is the only credential. CSRF protection is off here on purpose: it guards against forms riding on a logged-in
 * session's cookies, and this page has no session and no cookies; a forged post would need the signed link, which
 * only its resident has. Ordered before the catch-all chain that denies everything not named.
 */
@Configuration(proxyBeanMethods = false)
class ActivityPageSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain activityPages(HttpSecurity http) throws Exception {
    return http.securityMatcher("/activity/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
