package com.wuyebot.knowledge.analysis;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the variants residents type into one form before any analysis: full-width to half-width
 * (NFKC), upper to lower case, traditional to simplified Chinese (HanLP).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return hasHan(folded) ? HanLP.convertToSimplifiedChinese(folded) : folded;
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(TextNormalizer::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
