package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.AgentActivity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every console request of a signed-in user shows that they are at work (see {@link AgentActivity}). */
@Configuration(proxyBeanMethods = false)
class ConsoleActivityTracking implements WebMvcConfigurer {

  private final AgentActivity activity;

  ConsoleActivityTracking(AgentActivity activity) {
    this.activity = activity;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Principal user = request.getUserPrincipal();
        if (user != null) {
          activity.seen(user.getName());
        }
        return true;
      }
    }).addPathPatterns("/console/**").excludePathPatterns("/console/assets/**");
  }
}
