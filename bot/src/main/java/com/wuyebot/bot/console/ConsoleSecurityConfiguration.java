package com.wuyebot.bot.console;

import com.wuyebot.bot.security.AdminProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * The console's own filter chain, before the API's: form login against {@link ConsoleAccounts}
 * (throttled), CSRF on, pages by role. Sessions live in the instance that created them; behind a
 * load balancer without sticky sessions a request reaching another instance meets a clear
 * "please sign in again" page instead of an error (see README, "Console").
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

  static final String LOGIN = "/login";

  @Bean
  @Order(0)
  SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUserRepository users,
      UserDetailsService administrators, AdminProperties admin, PasswordEncoder encoder, LoginThrottle throttle,
      ConsoleUsers consoleUsers) throws Exception {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new ConsoleAccounts(users, administrators, admin));
    passwords.setPasswordEncoder(encoder);
    SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
    landing.setDefaultTargetUrl("/console");
    return http.securityMatcher("/console/**", LOGIN, "/logout", "/webjars/**")
        .authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/webjars/**", "/console/assets/**", LOGIN).permitAll()
            .requestMatchers("/console/users/**", "/console/audit/**").hasRole("ADMIN")
            .requestMatchers("/console/canned/**", "/console/knowledge/**", "/console/dashboard/**", "/console/notices/**")
                .hasAnyRole("MANAGER", "ADMIN")
            .anyRequest().hasAnyRole("AGENT", "MANAGER", "ADMIN"))
        .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
            .successHandler((request, response, authentication) -> {
              consoleUsers.setPresence(authentication.getName(), Presence.ONLINE);
              landing.onAuthenticationSuccess(request, response, authentication);
            })
            .failureHandler(loginFailed()))
        .logout(logout -> logout.logoutUrl("/logout")
            .addLogoutHandler((request, response, authentication) -> {
              if (authentication != null) {
                consoleUsers.setPresence(authentication.getName(), Presence.OFFLINE);
              }
            })
            .logoutSuccessUrl(LOGIN + "?logout"))
        .sessionManagement(session -> session.invalidSessionStrategy(signInAgain()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
            .accessDeniedPage("/console/denied"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'self'; object-src 'none'"))
            .frameOptions(frame -> frame.deny()))
        .build();
  }

  private static AuthenticationFailureHandler loginFailed() {
    return (request, response, exception) ->
        response.sendRedirect(request.getContextPath() + LOGIN + (exception instanceof LockedException ? "?locked" : "?error"));
  }

  /** A session this instance does not know (expired, or created by another instance). */
  private static InvalidSessionStrategy signInAgain() {
    return (request, response) -> {
      request.getSession(true);
      redirect(request, response, LOGIN + "?expired");
    };
  }

  private static AuthenticationEntryPoint signInFirst() {
    return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/console/assets/")) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      redirect(request, response, LOGIN);
    };
  }

  /** htmx follows HX-Redirect with a full page load; a plain redirect would paste the login page into a fragment. */
  private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException {
    String url = request.getContextPath() + target;
    if ("true".equals(request.getHeader("HX-Request"))) {
      response.setHeader("HX-Redirect", url);
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if ("text/event-stream".equals(request.getHeader("Accept"))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.sendRedirect(url);
  }
}
