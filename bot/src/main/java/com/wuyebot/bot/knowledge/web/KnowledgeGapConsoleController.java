package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.knowledge.faq.FaqEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Questions the bot could not answer, grouped, each one click from a new entry or a new phrasing. */
@Controller
@ConsolePage
class KnowledgeGapConsoleController {

  private final KnowledgeGaps gaps;
  private final FaqCatalog catalog;

  KnowledgeGapConsoleController(KnowledgeGaps gaps, FaqCatalog catalog) {
    this.gaps = gaps;
    this.catalog = catalog;
  }

  @GetMapping("/console/knowledge/gaps")
  String list(Model model) {
    model.addAttribute("groups", gaps.open());
    model.addAttribute("entries", catalog.all().stream().filter(FaqEntry::enabled).toList());
    return "console/knowledge-gaps";
  }

  @PostMapping("/console/knowledge/gaps/phrasing")
  String addPhrasing(@RequestParam String entryId, @RequestParam String question, RedirectAttributes redirect) {
    FaqEntry entry = gaps.addPhrasing(entryId, question);
    redirect.addFlashAttribute("notice", "已把「" + question.strip() + "」加为「" + entry.question() + "」的相似问法");
    return "redirect:/console/knowledge/gaps";
  }
}
