package com.wuyebot.knowledge;

import com.wuyebot.knowledge.faq.FaqEntry;
import com.wuyebot.knowledge.io.FaqImport;
import com.wuyebot.knowledge.io.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The small knowledge base of the tests (test-kb.jsonl), written for the tests only. */
public final class TestKnowledge {

    private TestKnowledge() {
    }

    public static List<FaqEntry> entries() {
        try (InputStream in = TestKnowledge.class.getResourceAsStream("/test-kb.jsonl")) {
            ImportResult result = FaqImport.fromJsonLines(in, null);
            if (!result.isValid()) {
                throw new IllegalStateException(result.errors().toString());
            }
            return result.entries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FaqEntry entry(String id) {
        return entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
