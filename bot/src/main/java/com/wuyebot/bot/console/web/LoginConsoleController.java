package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.ConsolePage;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@ConsolePage
class LoginConsoleController {

  @GetMapping("/login")
  String login(Authentication authentication) {
    if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/console";
    }
    return "console/login";
  }

  /** Spring Security forwards refused requests here with their own method, POST included. */
  @RequestMapping("/console/denied")
  String denied() {
    return "console/denied";
  }
}
