package com.wuyebot.knowledge.analysis;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Emits the concepts that {@link ConceptExtractor} finds in the whole input. */
final class ConceptTokenizer extends Tokenizer {

    private final ConceptExtractor extractor;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> concepts;

    ConceptTokenizer(ConceptExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        var text = new StringBuilder();
        char[] buffer = new char[256];
        for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
            text.append(buffer, 0, read);
        }
        concepts = extractor.extract(text.toString()).iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!concepts.hasNext()) {
            return false;
        }
        term.setEmpty().append(concepts.next());
        return true;
    }
}
