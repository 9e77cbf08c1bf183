package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.bot.knowledge.FaqLookup;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.search.Decision;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The knowledge-gap loop: what residents asked in the last weeks and the bot still cannot answer
 * outright, grouped; and the one-step fixes, a new entry or a new phrasing of an existing one.
 * A group drops out as soon as the knowledge base answers its question, so a fix shows at once.
 */
@Component
class KnowledgeGaps {

  static final Duration LOOK_BACK = Duration.ofDays(30);
  private static final int MAX_QUESTIONS = 2000;
  private static final int MAX_GROUPS = 100;

  private final FaqLookup lookup;
  private final FaqCatalog catalog;
  private final FaqForms forms;
  private final Clock clock;

  KnowledgeGaps(FaqLookup lookup, FaqCatalog catalog, FaqForms forms, Clock clock) {
    this.lookup = lookup;
    this.catalog = catalog;
    this.forms = forms;
    this.clock = clock;
  }

  List<QuestionGroups.Group> open() {
    List<QuestionGroups.Group> open = new ArrayList<>();
    for (QuestionGroups.Group group : QuestionGroups.of(lookup.unansweredSince(clock.instant().minus(LOOK_BACK), MAX_QUESTIONS))) {
      if (lookup.tryQuestion(group.question(), null).kind() != Decision.Kind.ANSWER) {
        open.add(group);
      }
      if (open.size() == MAX_GROUPS) {
        break;
      }
    }
    return open;
  }

  /** Adds the question as another phrasing of an existing entry; searchable within a second. */
  FaqEntry addPhrasing(String entryId, String question) {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("问题不能为空");
    }
    FaqEntry entry = catalog.get(entryId == null ? "" : entryId.strip());
    if (entry.phrasings().stream().anyMatch(p -> p.strip().equals(question.strip()))) {
      return entry;
    }
    List<String> similar = new ArrayList<>(entry.similar());
    similar.add(question.strip());
    return forms.save(new FaqEntry(entry.id(), entry.category(), entry.question(), similar, entry.answer(),
        entry.keywords(), entry.enabled(), entry.communities(), entry.version()));
  }
}
