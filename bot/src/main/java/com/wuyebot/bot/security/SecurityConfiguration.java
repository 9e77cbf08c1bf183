package com.wuyebot.bot.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. WeChat's pushes prove themselves by signature (checked by the webhook) and
 * bypass the security filters, which would only add cost to the hottest path; health and metrics
 * are open for probes and scrapers; the JSON API needs an administrator (HTTP Basic, stateless) or
 * an API token (Bearer), and only the administrator manages tokens. The API's description
 * (OpenAPI, Swagger UI) is open: it holds no data, and every call it describes needs credentials.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
  static final String API_ROLE = "API";

  @Bean
  WebSecurityCustomizer signedWebhookBypassesFilters() {
    return web -> web.ignoring().requestMatchers("/wx/portal/**");
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/tokens", "/api/tokens/**").hasRole("ADMIN")
            .anyRequest().hasAnyRole("ADMIN", API_ROLE))
        .httpBasic(withDefaults())
        .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                "/actuator/prometheus", "/error").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /**
   * The administrator from {@code bot.admin.*}. On the embedded database (a trial or a developer's
   * machine) a missing password is generated and printed once, so the API can be tried at once; on a
   * real database a missing password admits nobody.
   */
  @Bean
  UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    List<UserDetails> users = new ArrayList<>();
    String password = admin.password();
    if (!admin.isConfigured() && databaseUrl.startsWith("jdbc:h2:")) {
      password = generatedPassword();
      log.warn("Generated password of the administrator '{}' for this run: {} (set bot.admin.password to choose one)",
          admin.username(), password);
    }
    if (password != null && !password.isBlank()) {
      users.add(User.withUsername(admin.username()).password(encoder.encode(password)).roles("ADMIN").build());
    } else {
      log.warn("bot.admin.password is not set: the administration API (/api/**) admits nobody");
    }
    return new InMemoryUserDetailsManager(users);
  }

  private static String generatedPassword() {
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
