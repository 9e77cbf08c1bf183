package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.console.ConsolePage;
import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqImport;
import com.wuyebot.knowledge.io.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge base for managers: list and search, edit, disable, import and export, ask the bot. */
@Controller
@ConsolePage
class FaqConsoleController {

  private final FaqCatalog catalog;
  private final FaqLookup lookup;
  private final FaqForms forms;

  FaqConsoleController(FaqCatalog catalog, FaqLookup lookup, FaqForms forms) {
    this.catalog = catalog;
    this.lookup = lookup;
    this.forms = forms;
  }

  @GetMapping("/console/knowledge")
  String list(@RequestParam(required = false) String q, Model model) {
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<FaqEntry> entries = catalog.all().stream()
        .filter(e -> needle.isEmpty() || (e.id() + " " + e.category() + " " + String.join(" ", e.phrasings()) + " " + e.answer())
            .toLowerCase(Locale.ROOT).contains(needle))
        .toList();
    model.addAttribute("entries", entries);
    model.addAttribute("q", q);
    return "console/knowledge";
  }

  @GetMapping("/console/knowledge/ask")
  String ask(@RequestParam("q") String question, Model model) {
    model.addAttribute("question", question);
    model.addAttribute("decision", question.isBlank() ? null : lookup.tryQuestion(question.strip(), null));
    return "console/knowledge :: decision";
  }

  @GetMapping("/console/knowledge/new")
  String create(@RequestParam(required = false) String question, @RequestParam(required = false) List<String> similar,
      @RequestParam(required = false) String answer, Model model) {
    model.addAttribute("form", FaqForm.draft(question, similar, answer));
    return "console/knowledge-edit";
  }

  /** The form prefilled from a conversation or a knowledge gap (a POST: the text may be long). */
  @PostMapping("/console/knowledge/draft")
  String draft(@RequestParam(required = false) String question, @RequestParam(required = false) List<String> similar,
      @RequestParam(required = false) String answer, Model model) {
    return create(question, similar, answer, model);
  }

  @GetMapping("/console/knowledge/{id}")
  String edit(@PathVariable String id, Model model) {
    model.addAttribute("form", FaqForm.of(catalog.get(id)));
    return "console/knowledge-edit";
  }

  @PostMapping("/console/knowledge")
  String save(FaqForm form, Model model, RedirectAttributes redirect) {
    try {
      FaqEntry saved = forms.save(form.toEntry());
      redirect.addFlashAttribute("notice", "已保存「" + saved.question() + "」，机器人现在就能用它回答");
      return "redirect:/console/knowledge?q=" + java.net.URLEncoder.encode(saved.id(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      model.addAttribute("form", form);
      model.addAttribute("error", e.getMessage());
      return "console/knowledge-edit";
    }
  }

  @PostMapping("/console/knowledge/{id}/disable")
  String disable(@PathVariable String id, RedirectAttributes redirect) {
    catalog.disable(id);
    redirect.addFlashAttribute("notice", "已停用 " + id);
    return "redirect:/console/knowledge";
  }

  @PostMapping("/console/knowledge/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
    ImportResult result;
    try (InputStream in = file.getInputStream()) {
      boolean excel = file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
      result = excel ? FaqImport.fromXlsx(in, null) : FaqImport.fromJsonLines(in, null);
    }
    if (!result.isValid()) {
      model.addAttribute("importErrors", result.errors());
      return list(null, model);
    }
    redirect.addFlashAttribute("notice", "已导入 " + catalog.saveAll(result.entries()).size() + " 条");
    return "redirect:/console/knowledge";
  }

  @GetMapping("/console/knowledge/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "jsonl") String format) {
    return FaqDownload.of(catalog.all(), format);
  }
}
