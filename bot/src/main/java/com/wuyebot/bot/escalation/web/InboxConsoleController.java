package com.wuyebot.bot.escalation.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.escalation.AgentDesk;
import com.wuyebot.bot.escalation.DailyLoad;
import com.wuyebot.bot.escalation.DeskLoad;
import com.wuyebot.bot.escalation.Escalations;
import com.wuyebot.bot.escalation.Inbox;
import com.wuyebot.bot.escalation.InboxStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The queue of waiting and active conversations, refreshed by Server-Sent Events. */
@Controller
@ConsolePage
class InboxConsoleController {

  private final Inbox inbox;
  private final Escalations escalations;
  private final AgentDesk desk;
  private final InboxStream stream;
  private final ConsoleUsers users;
  private final DeskLoad load;

  InboxConsoleController(Inbox inbox, Escalations escalations, AgentDesk desk, InboxStream stream, ConsoleUsers users,
      DeskLoad load) {
    this.load = load;
    this.inbox = inbox;
    this.escalations = escalations;
    this.desk = desk;
    this.stream = stream;
    this.users = users;
  }

  @GetMapping({"/console", "/console/"})
  String page(Model model, Authentication authentication) {
    list(model, authentication);
    model.addAttribute("agents", inbox.agents());
    model.addAttribute("closed", escalations.recentlyClosed(10));
    return "console/inbox";
  }

  @GetMapping("/console/inbox/list")
  String list(Model model, Authentication authentication) {
    model.addAttribute("rows", inbox.rows(users.actor(authentication)));
    return "console/inbox :: rows";
  }

  @GetMapping(path = "/console/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(Authentication authentication) {
    return stream.open(authentication.getName());
  }

  /** The managers' chart of the last two weeks (the page renders it with ECharts). */
  @GetMapping(path = "/console/stats/daily", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<DailyLoad> daily() {
    return load.lastDays(14);
  }

  @PostMapping("/console/conversations/{id}/claim")
  String claim(@PathVariable long id, Authentication authentication) {
    desk.claim(id, users.actor(authentication));
    return "redirect:/console/conversations/" + id;
  }
}
