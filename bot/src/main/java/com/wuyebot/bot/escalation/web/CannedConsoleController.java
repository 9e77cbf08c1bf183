package com.wuyebot.bot.escalation.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.escalation.CannedResponses;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Managers keep the canned responses agents pick in the reply box. */
@Controller
@ConsolePage
class CannedConsoleController {

  private final CannedResponses canned;
  private final ConsoleUsers users;

  CannedConsoleController(CannedResponses canned, ConsoleUsers users) {
    this.canned = canned;
    this.users = users;
  }

  @GetMapping("/console/canned")
  String list(Model model) {
    model.addAttribute("responses", canned.all());
    return "console/canned";
  }

  @PostMapping("/console/canned")
  String add(@RequestParam String title, @RequestParam String body, Authentication authentication) {
    canned.add(title, body, users.actor(authentication));
    return "redirect:/console/canned";
  }

  @PostMapping("/console/canned/{id}/delete")
  String remove(@PathVariable long id, Authentication authentication) {
    canned.remove(id, users.actor(authentication));
    return "redirect:/console/canned";
  }
}
