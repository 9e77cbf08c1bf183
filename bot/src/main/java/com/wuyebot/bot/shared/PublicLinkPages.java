package com.wuyebot.bot.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The security of pages opened from a signed link sent to a resident (survey, activity sign-up): open to anyone
 * holding the link, whose signature the page checks; it is the only credential. CSRF protection is off on purpose:
 * it guards against forms riding on a logged-in session's cookies, and these pages have no session and no cookies;
 * a forged post would need the signed link, which only its resident has. Register the chain before the catch-all
 * chain that denies everything not named ({@code @Order(0)}).
 */
public final class PublicLinkPages {

  private PublicLinkPages() {
  }

  public static SecurityFilterChain securityChain(HttpSecurity http, String pathPattern) throws Exception {
    return http.securityMatcher(pathPattern)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * The {@code {token}} of the page's path, for an exception handler: a form body Tomcat cannot decode ({@code %%%})
   * fails before the handler method gets its arguments, and the page should still answer for its link, not with 500.
   */
  public static String pathToken(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map && map.get("token") instanceof String value ? value : null;
  }
}
