package com.wuyebot.knowledge.io;

import com.wuyebot.knowledge.faq.FaqEntry;
import java.util.List;

/** All entries of a file, or none and the reasons: an import is all-or-nothing. */
public record ImportResult(List<FaqEntry> entries, List<ImportError> errors) {

    public ImportResult {
        entries = errors.isEmpty() ? List.copyOf(entries) : List.of();
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
