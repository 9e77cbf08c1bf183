package com.wuyebot.bot.escalation.web;

import com.wuyebot.bot.console.ConsoleActor;
import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.console.ConsoleUsers;
import com.wuyebot.bot.escalation.AgentDesk;
import com.wuyebot.bot.escalation.CannedResponses;
import com.wuyebot.bot.escalation.Escalation;
import com.wuyebot.bot.escalation.Escalations;
import com.wuyebot.bot.escalation.Inbox;
import com.wuyebot.bot.escalation.ReasonNames;
import com.wuyebot.bot.escalation.ResidentFiles;
import com.wuyebot.bot.escalation.TicketDraft;
import com.wuyebot.bot.escalation.TranscriptEntry;
import com.wuyebot.bot.escalation.TranscriptMedia;
import com.wuyebot.bot.ticket.Ticket;
import com.wuyebot.bot.ticket.TicketPriority;
import com.wuyebot.bot.ticket.TicketType;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One escalated conversation: transcript, the resident's context, and what the agent does with it. */
@Controller
@ConsolePage
class ConversationConsoleController {

  private static final String BACK = "redirect:/console/conversations/";

  private final Escalations escalations;
  private final AgentDesk desk;
  private final ResidentFiles files;
  private final Inbox inbox;
  private final CannedResponses canned;
  private final TranscriptMedia media;
  private final ConsoleUsers users;

  ConversationConsoleController(Escalations escalations, AgentDesk desk, ResidentFiles files, Inbox inbox,
      CannedResponses canned, TranscriptMedia media, ConsoleUsers users) {
    this.escalations = escalations;
    this.desk = desk;
    this.files = files;
    this.inbox = inbox;
    this.canned = canned;
    this.media = media;
    this.users = users;
  }

  @GetMapping("/console/conversations/{id}")
  String page(@PathVariable long id, Model model, Authentication authentication) {
    Escalation escalation = escalations.get(id);
    ConsoleActor actor = users.actor(authentication);
    model.addAttribute("conversation", escalation);
    model.addAttribute("resident", inbox.residentName(escalation));
    model.addAttribute("reasonName", ReasonNames.of(escalation.reason()));
    List<TranscriptEntry> entries = escalations.transcriptOf(id);
    model.addAttribute("context", files.contextOf(escalation, entries, actor));
    model.addAttribute("entries", entries);
    model.addAttribute("answered", escalations.questionsAnswered(entries));
    model.addAttribute("canned", canned.all());
    model.addAttribute("agents", inbox.agents());
    model.addAttribute("mayAct", escalation.isHeldBy(actor.username()) || actor.isManager());
    return "console/conversation";
  }

  @GetMapping("/console/conversations/{id}/transcript")
  String transcript(@PathVariable long id, Model model) {
    List<TranscriptEntry> entries = escalations.transcriptOf(id);
    model.addAttribute("conversation", escalations.get(id));
    model.addAttribute("entries", entries);
    model.addAttribute("answered", escalations.questionsAnswered(entries));
    return "console/conversation :: transcript";
  }

  @PostMapping("/console/conversations/{id}/reply")
  String reply(@PathVariable long id, @RequestParam String text, Authentication authentication) {
    desk.reply(id, text, users.actor(authentication));
    return BACK + id;
  }

  @PostMapping("/console/conversations/{id}/follow-up")
  String followUp(@PathVariable long id, @RequestParam String text, Authentication authentication) {
    desk.followUp(id, text, users.actor(authentication));
    return BACK + id;
  }

  @PostMapping("/console/conversations/{id}/notes")
  String note(@PathVariable long id, @RequestParam String text, Authentication authentication) {
    desk.note(id, text, users.actor(authentication));
    return BACK + id;
  }

  @PostMapping("/console/conversations/{id}/transfer")
  String transfer(@PathVariable long id, @RequestParam String to, Authentication authentication) {
    desk.transfer(id, to, users.actor(authentication));
    return "redirect:/console";
  }

  @PostMapping("/console/conversations/{id}/release")
  String release(@PathVariable long id, Authentication authentication) {
    desk.release(id, users.actor(authentication));
    return "redirect:/console";
  }

  @PostMapping("/console/conversations/{id}/close")
  String close(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
    desk.close(id, users.actor(authentication));
    redirect.addFlashAttribute("notice", "会话已结束，居民的后续消息由机器人回答");
    return "redirect:/console";
  }

  @PostMapping("/console/conversations/{id}/phones/{index}")
  String revealPhone(@PathVariable long id, @PathVariable int index, Model model, Authentication authentication) {
    model.addAttribute("phone", files.revealPhone(id, index, users.actor(authentication)));
    return "console/conversation :: phone";
  }

  @GetMapping("/console/conversations/{id}/ticket")
  String ticketForm(@PathVariable long id, Model model) {
    model.addAttribute("conversation", escalations.get(id));
    model.addAttribute("draft", desk.draftTicket(id));
    model.addAttribute("types", TicketType.values());
    model.addAttribute("priorities", TicketPriority.values());
    return "console/ticket-form";
  }

  @PostMapping("/console/conversations/{id}/ticket")
  String openTicket(@PathVariable long id, TicketDraft draft, Authentication authentication,
      RedirectAttributes redirect) {
    Ticket ticket = desk.openTicket(id, draft, users.actor(authentication));
    redirect.addFlashAttribute("notice", "已创建工单 " + ticket.number());
    return BACK + id;
  }

  @GetMapping("/console/conversations/{id}/media/{entryId}")
  ResponseEntity<byte[]> media(@PathVariable long id, @PathVariable long entryId) {
    TranscriptMedia.Picture picture = media.image(id, entryId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(picture.contentType()))
        .header("X-Content-Type-Options", "nosniff").body(picture.bytes());
  }
}
