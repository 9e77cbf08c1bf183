package com.wuyebot.bot.knowledge.web;

import com.wuyebot.bot.knowledge.FaqCatalog;
import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqExport;
import com.wuyebot.knowledge.io.FaqImport;
import com.wuyebot.knowledge.io.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Saves entries edited in the console under the rules of the import: the entry goes through the
 * import format and its validator, so a page cannot store what a file could not.
 */
@Component
class FaqForms {

  private final FaqCatalog catalog;

  FaqForms(FaqCatalog catalog) {
    this.catalog = catalog;
  }

  FaqEntry save(FaqEntry entry) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    FaqExport.toJsonLines(List.of(entry), line);
    ImportResult checked = FaqImport.fromJsonLines(new ByteArrayInputStream(line.toByteArray()), null);
    if (!checked.isValid()) {
      throw new IllegalArgumentException(checked.errors().stream()
          .map(error -> error.field() + " " + error.reason()).collect(Collectors.joining("；")));
    }
    return catalog.save(checked.entries().get(0));
  }
}
