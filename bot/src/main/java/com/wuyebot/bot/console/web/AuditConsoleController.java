package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.AuditTrail;
import com.wuyebot.bot.console.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ConsolePage
class AuditConsoleController {

  private final AuditTrail audit;

  AuditConsoleController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/console/audit")
  String recent(Model model) {
    model.addAttribute("entries", audit.recent(200));
    return "console/audit";
  }
}
