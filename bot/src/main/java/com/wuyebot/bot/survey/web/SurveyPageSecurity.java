package com.wuyebot.bot.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The survey page is open to anyone holding a link: the link's signature is checked by the page,
 * and it is the only credential. CSRF protection is off here on purpose: it guards against forms
 * riding on a logged-in session's cookies, and this page has no session and no cookies; a forged
 * post would need the signed link, which only the resident has. Ordered before the catch-all chain
 * that denies everything not named.
 */
@Configuration(proxyBeanMethods = false)
class SurveyPageSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain surveyPages(HttpSecurity http) throws Exception {
    return http.securityMatcher("/survey/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
