package com.wuyebot.bot.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * Who may call what. WeChat's pushes prove themselves by signature (checked by the webhook) and
 * bypass the security filters, which would only add cost to the hottest path; health and metrics
 * are open for probes and scrapers; the JSON API needs an administrator (HTTP Basic, stateless).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  WebSecurityCustomizer signedWebhookBypassesFilters() {
    return web -> web.ignoring().requestMatchers("/wx/portal/**");
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
        .httpBasic(withDefaults())
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
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    if (admin.isConfigured()) {
      users.add(User.withUsername(admin.username()).password(encoder.encode(admin.password())).roles("ADMIN").build());
    } else {
      log.warn("bot.admin.password is not set: the administration API (/api/**) admits nobody");
    }
    return new InMemoryUserDetailsManager(users);
  }
}
