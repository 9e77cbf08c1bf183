package com.wuyebot.bot.knowledge.web;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * An entry as the console's form holds it: phrasings and keywords one per line, communities
 * separated by commas (empty: every community). A new entry without an id gets one.
 */
public record FaqForm(String id, String category, String question, String similar, String answer, String keywords,
    String communities, boolean enabled) {

  static FaqForm of(FaqEntry entry) {
    return new FaqForm(entry.id(), entry.category(), entry.question(), String.join("\n", entry.similar()), entry.answer(),
        String.join("\n", entry.keywords()), String.join(",", entry.communities()), entry.enabled());
  }

  static FaqForm draft(String question, List<String> similar, String answer) {
    return new FaqForm(null, "", question, similar == null ? "" : String.join("\n", similar), answer, "", "", true);
  }

  FaqEntry toEntry() {
    String entryId = id == null || id.isBlank() ? "faq-" + UUID.randomUUID().toString().substring(0, 8) : id.strip();
    return new FaqEntry(entryId, category, question == null ? "" : question.strip(), lines(similar),
        answer == null ? "" : answer.strip(), lines(keywords), enabled,
        new LinkedHashSet<>(split(communities, "[,，]")), 0L);
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  private static List<String> lines(String text) {
    return split(text, "\\R");
  }

  private static List<String> split(String text, String separator) {
    return text == null ? List.of()
        : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
