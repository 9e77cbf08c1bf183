package com.wuyebot.knowledge.faq;

import com.wuyebot.knowledge.analysis.TextNormalizer;

/** Compares questions ignoring width, case, script (traditional/simplified) and punctuation. */
final class QuestionKey {

    private QuestionKey() {
    }

    static String of(String question) {
        String normal = TextNormalizer.normalize(question);
        var key = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
