package com.wuyebot.bot.console.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.console.ConsoleRole;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.console.NewConsoleUser;
import com.wuyebot.bot.console.Presence;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage console users; everybody sets their own presence. */
@Controller
@ConsolePage
class ConsoleUserConsoleController {

  private final ConsoleUsers users;

  ConsoleUserConsoleController(ConsoleUsers users) {
    this.users = users;
  }

  @GetMapping("/console/users")
  String list(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", ConsoleRole.values());
    return "console/users";
  }

  @PostMapping("/console/users")
  String create(@RequestParam String username, @RequestParam(required = false) String displayName,
      @RequestParam String password, @RequestParam ConsoleRole role, @RequestParam(defaultValue = "5") int capacity,
      Authentication authentication, RedirectAttributes redirect) {
    users.create(new NewConsoleUser(username, displayName, password, role, capacity), authentication.getName());
    redirect.addFlashAttribute("notice", "已创建用户 " + username.strip());
    return "redirect:/console/users";
  }

  @PostMapping("/console/users/{username}")
  String change(@PathVariable String username, @RequestParam(required = false) String displayName,
      @RequestParam ConsoleRole role, @RequestParam int capacity, @RequestParam(defaultValue = "false") boolean enabled,
      Authentication authentication, RedirectAttributes redirect) {
    users.change(username, displayName, role, capacity, enabled, authentication.getName());
    redirect.addFlashAttribute("notice", "已保存 " + username);
    return "redirect:/console/users";
  }

  @PostMapping("/console/users/{username}/password")
  String password(@PathVariable String username, @RequestParam String password, Authentication authentication,
      RedirectAttributes redirect) {
    users.changePassword(username, password, authentication.getName());
    redirect.addFlashAttribute("notice", "已重设 " + username + " 的密码");
    return "redirect:/console/users";
  }

  @PostMapping("/console/presence")
  String presence(@RequestParam Presence presence, Authentication authentication) {
    users.setPresence(authentication.getName(), presence);
    return "redirect:/console";
  }
}
