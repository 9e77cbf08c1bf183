package com.wuyebot.bot.console;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks a password only for a user and address pair that is not locked, and counts the wrong ones. */
class ThrottledAuthentication implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = request.getName();
    String address = request.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "unknown";
    if (throttle.isLocked(username, address)) {
      throw new LockedException("Too many failed logins; try again later");
    }
    try {
      Authentication result = passwords.authenticate(request);
      throttle.succeeded(username, address);
      return result;
    } catch (BadCredentialsException e) {
      if (throttle.failed(username, address)) {
        throw new LockedException("Too many failed logins; try again later");
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
